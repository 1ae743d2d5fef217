package com.reten.api.activity;

/** What an activity is: work for a person (TASK) or a message sent to the commerce (MESSAGE). */
public enum ActivityType {
  TASK,
  MESSAGE
}
