package dev.advise.importer;

import java.util.Locale;
import java.util.Map;

/**
 * Licensed products and Windows base images recognised from an image reference. Matching is on the
 * repository path, never on a substring of it: {@code fluentd-elasticsearch} is not a database and
 * {@code mysql-server} is not SQL Server (docs/import.md, traps).
 */
final class Images {

  /**
   * What an image says: the product (null when none is known), whether its edition is free
   * (licensing model none), and whether it is a Windows container image.
   */
  record Product(String product, boolean free, boolean windows) {}

  private Images() {}

  /** The product an image runs, or null; {@code env} holds the container's literal variables. */
  static Product of(String image, Map<String, String> env) {
    if (image == null || image.contains("$") || image.contains("<")) {
      return null; // unresolved templates say nothing
    }
    String ref = image.toLowerCase(Locale.ROOT);
    int digest = ref.indexOf('@');
    if (digest >= 0) {
      ref = ref.substring(0, digest);
    }
    String tag = "";
    int colon = ref.lastIndexOf(':');
    if (colon > ref.lastIndexOf('/')) {
      tag = ref.substring(colon + 1);
      ref = ref.substring(0, colon);
    }
    String host = "";
    String path = ref;
    int slash = ref.indexOf('/');
    if (slash > 0
        && (ref.substring(0, slash).contains(".") || ref.substring(0, slash).contains(":"))) {
      host = ref.substring(0, slash);
      path = ref.substring(slash + 1);
    }
    if (path.equals("oracle/database")
        || path.endsWith("/oracle/database")
        || path.equals("database/enterprise")) {
      return oracle(tag);
    }
    if (path.equals("database/free") && host.equals("container-registry.oracle.com")) {
      return new Product("Oracle Database Free", true, false);
    }
    if (path.equals("mssql/server")
        || path.equals("microsoft/mssql-server-linux")
        || path.equals("microsoft/mssql-server-windows-developer")) {
      String edition = env.getOrDefault("MSSQL_PID", "");
      boolean free = edition.equalsIgnoreCase("Developer") || edition.equalsIgnoreCase("Express");
      return new Product(
          "Microsoft SQL Server" + (edition.isEmpty() ? "" : " " + edition),
          free,
          path.endsWith("-windows-developer"));
    }
    if (host.equals("nvcr.io") && path.startsWith("nim/")) {
      return new Product("NVIDIA NIM", false, false);
    }
    if (windowsBase(host, path)
        || tag.startsWith("windowsservercore")
        || tag.startsWith("nanoserver")) {
      return new Product("Windows Server", false, true);
    }
    return null;
  }

  private static Product oracle(String tag) {
    if (tag.endsWith("-xe") || tag.contains("-xe-") || tag.startsWith("free")) {
      return new Product("Oracle Database XE", true, false);
    }
    String edition = tag.endsWith("-ee") ? " EE" : tag.endsWith("-se2") ? " SE2" : "";
    return new Product("Oracle Database" + edition, false, false);
  }

  private static boolean windowsBase(String host, String path) {
    if (host.equals("mcr.microsoft.com")) {
      return path.equals("windows") || path.startsWith("windows/");
    }
    return path.equals("microsoft/windowsservercore")
        || path.equals("microsoft/nanoserver")
        || path.equals("microsoft/iis");
  }
}
