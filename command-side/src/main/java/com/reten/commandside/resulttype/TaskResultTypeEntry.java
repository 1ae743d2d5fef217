package com.reten.commandside.resulttype;

import com.reten.api.resulttype.TaskResultTypeDefinition;

/**
 * A code of a tenant's catalog as the command side checks results against it.
 *
 * @param type the code, its label and its rule
 * @param active whether results may use it
 */
public record TaskResultTypeEntry(TaskResultTypeDefinition type, boolean active) {}
