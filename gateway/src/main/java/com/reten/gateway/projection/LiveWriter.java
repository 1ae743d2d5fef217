package com.reten.gateway.projection;

import org.axonframework.eventhandling.TrackingEventProcessor;

/** What keeps a read model's served tables current, as a replay's switch-over sees it. */
interface LiveWriter {

  /** Stops the writes to the served tables until the returned resumption is closed. */
  Resumption pause();

  /** Whether the served tables' position is a token that the switch-over hands over. */
  boolean keepsToken();

  /** Lets the paused writes go on. */
  interface Resumption extends AutoCloseable {
    @Override
    void close();
  }

  /** A tracking processor: stopped, then started from the token the rebuild left it. */
  static LiveWriter tracking(TrackingEventProcessor processor) {
    return new LiveWriter() {
      @Override
      public Resumption pause() {
        processor.shutDown();
        return () -> {
          // Interrupted: the application is stopping, and starting a processor now would fail.
          if (!Thread.currentThread().isInterrupted()) {
            processor.start();
          }
        };
      }

      @Override
      public boolean keepsToken() {
        return true;
      }
    };
  }

  /**
   * The transactions that store the events, for a model a subscribing processor keeps: held back by
   * the model's write lock (see {@link InlineWrites}); they store no token.
   */
  static LiveWriter inline(InlineWrites writes, ReadModel model) {
    return new LiveWriter() {
      @Override
      public Resumption pause() {
        return writes.pause(model)::close;
      }

      @Override
      public boolean keepsToken() {
        return false;
      }
    };
  }
}
