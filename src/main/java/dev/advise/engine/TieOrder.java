package dev.advise.engine;

import dev.advise.model.Substrate;

/**
 * The order that settles a tie of exact scores: the placement the workload has today (when it is
 * one of the tied), then fewer layers between the workload and the hardware (bare metal, then a
 * hypervisor or a container runtime alone, then both), then the declared order. A tie is still said
 * in the advice; this only decides which of the tied is named first.
 */
final class TieOrder {

  private static final Substrate[] BY_LAYERS = {
    Substrate.BARE_METAL, Substrate.VM, Substrate.CONTAINER_ON_METAL, Substrate.CONTAINER_ON_VM
  };

  private TieOrder() {}

  /** How many layers a substrate puts between a workload and the hardware. */
  static int layers(Substrate s) {
    return switch (s) {
      case BARE_METAL -> 0;
      case VM, CONTAINER_ON_METAL -> 1;
      case CONTAINER_ON_VM -> 2;
    };
  }

  /** Per placement ordinal, then for no placement: the preference orders, made once. */
  private static final Substrate[][] ORDERS = new Substrate[Substrate.values().length + 1][];

  static {
    for (Substrate placement : Substrate.values()) {
      Substrate[] out = new Substrate[BY_LAYERS.length];
      out[0] = placement;
      int k = 1;
      for (Substrate s : BY_LAYERS) {
        if (s != placement) {
          out[k++] = s;
        }
      }
      ORDERS[placement.ordinal()] = out;
    }
    ORDERS[Substrate.values().length] = BY_LAYERS;
  }

  /** Every substrate, most preferred on a tie first, given today's placement (or null). */
  static Substrate[] of(Substrate placement) {
    return ORDERS[placement == null ? ORDERS.length - 1 : placement.ordinal()];
  }
}
