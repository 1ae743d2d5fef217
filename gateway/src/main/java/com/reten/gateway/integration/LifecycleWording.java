package com.reten.gateway.integration;

import com.reten.api.activity.ActivityStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * The words an integrator's screen shows for a task's {@code lifecycleStatus}: Reten's docs give a
 * Spanish label ("Programada" for a task waiting for its date, which is READY here) and a detail
 * line, without a full list; these are Reten's, one pair per status, fixed so screens can rely on
 * them.
 */
final class LifecycleWording {

  record Wording(String label, String detail) {}

  private static final Map<ActivityStatus, Wording> WORDING = new EnumMap<>(ActivityStatus.class);

  static {
    WORDING.put(
        ActivityStatus.READY,
        new Wording("Programada", "Lista; se despacha cuando llegue su fecha programada."));
    WORDING.put(
        ActivityStatus.UNRESOLVED,
        new Wording(
            "Sin resolver",
            "Falta un destinatario o un atributo; se despacha cuando se resuelva."));
    WORDING.put(
        ActivityStatus.DISPATCHED,
        new Wording("Despachada", "Enviada al proveedor; se espera su resultado."));
    WORDING.put(ActivityStatus.COMPLETED, new Wording("Completada", "Tiene un resultado final."));
    WORDING.put(ActivityStatus.CANCELED, new Wording("Cancelada", "No se ejecutará."));
    WORDING.put(
        ActivityStatus.FAILED,
        new Wording(
            "Fallida", "El despacho falló tras agotar sus intentos; ver su historial de estados."));
  }

  private LifecycleWording() {}

  static Wording of(ActivityStatus status) {
    return WORDING.get(status);
  }
}
