package com.reten.commandside.dispatcher;

import com.reten.api.dispatch.DispatchErrorCode;
import com.reten.commandside.activity.DispatchTicket;
import com.reten.commandside.dispatchconfig.DispatchTarget;
import java.util.UUID;

/**
 * What an attempt is to do: send to a target, fail at once for want of one, or nothing (the
 * activity is no longer READY).
 *
 * @param ticket the activity
 * @param target the config to send with, or {@code null}
 * @param providerCode the config's provider, or {@code null}
 * @param errorCode why it cannot be sent, or {@code null}
 * @param errorMessage the message for {@code errorCode}, or {@code null}
 */
record DispatchOrder(
    DispatchTicket ticket,
    DispatchTarget target,
    String providerCode,
    DispatchErrorCode errorCode,
    String errorMessage) {

  static DispatchOrder send(DispatchTicket ticket, DispatchTarget target, String providerCode) {
    return new DispatchOrder(ticket, target, providerCode, null, null);
  }

  static DispatchOrder unsendable(
      DispatchTicket ticket, DispatchTarget target, DispatchErrorCode code, String message) {
    return new DispatchOrder(ticket, target, null, code, message);
  }

  static DispatchOrder nothingToDo(DispatchTicket ticket) {
    return new DispatchOrder(ticket, null, null, null, null);
  }

  boolean sendable() {
    return target != null && errorCode == null;
  }

  UUID configId() {
    return target == null ? null : target.configId();
  }
}
