package com.reten.queryside.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A row whose id comes from an event: without this, Spring Data's {@code save} would merge, and
 * merging first SELECTs the id it is about to insert — one wasted query per created row, which a
 * sync of a thousand commerces turns into seven thousand, and a replay into one per event.
 */
@MappedSuperclass
public abstract class InsertableRow implements Persistable<UUID> {

  @Transient private boolean inserted;

  @Override
  public boolean isNew() {
    return !inserted;
  }

  @PostLoad
  @PostPersist
  protected void markInserted() {
    inserted = true;
  }
}
