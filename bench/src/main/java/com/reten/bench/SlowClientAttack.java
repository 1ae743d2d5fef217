package com.reten.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Clients that send a sign-in body one byte a second, each on its own connection, as in issue 17's
 * probe: they must hold no worker thread, so others are served meanwhile.
 */
final class SlowClientAttack implements AutoCloseable {

  private final List<Socket> sockets = new ArrayList<>();
  private final Thread dripper;
  private volatile boolean stopped;

  SlowClientAttack(int port, int connections) throws IOException {
    for (int i = 0; i < connections; i++) {
      Socket socket = new Socket("127.0.0.1", port);
      socket
          .getOutputStream()
          .write(
              ("POST /api/auth/login HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
                      + "Content-Length: 300\r\n\r\n{")
                  .getBytes(StandardCharsets.US_ASCII));
      sockets.add(socket);
    }
    dripper = new Thread(this::drip, "slow-clients");
    dripper.start();
  }

  private void drip() {
    while (!stopped) {
      for (Socket socket : sockets) {
        try {
          OutputStream out = socket.getOutputStream();
          out.write(' ');
          out.flush();
        } catch (IOException cutOff) {
          // the server gave up on it, as it should at its deadline
        }
      }
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** How many of the connections the server answered 408 (read only once the attack ended). */
  long answered408() {
    long count = 0;
    for (Socket socket : sockets) {
      try {
        socket.setSoTimeout(200);
        byte[] head = socket.getInputStream().readNBytes(12);
        count += new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 408") ? 1 : 0;
      } catch (IOException none) {
        // no answer (yet)
      }
    }
    return count;
  }

  @Override
  public void close() throws Exception {
    stopped = true;
    dripper.interrupt();
    dripper.join();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
