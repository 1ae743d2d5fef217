package com.reten.gateway.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lets every request property also be read under the other spelling of its Java name (API.md 1.3:
 * {@code admin_email} and {@code adminEmail}), with no annotation on the DTOs. Jackson consults
 * aliases only when reading, so responses keep their camelCase names.
 */
final class SnakeCaseAliases extends NopAnnotationIntrospector {

  static Module module() {
    return new SimpleModule(SnakeCaseAliases.class.getSimpleName()) {
      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.appendAnnotationIntrospector(new SnakeCaseAliases());
      }
    };
  }

  @Override
  public List<PropertyName> findPropertyAliases(Annotated member) {
    String javaName = javaName(member);
    if (javaName == null) {
      return null; // Jackson then asks the property's other members (a record's field)
    }
    Set<String> names = new LinkedHashSet<>(List.of(javaName, FieldNames.snake(javaName)));
    JsonProperty renamed = member.getAnnotation(JsonProperty.class);
    names.remove(renamed == null || renamed.value().isEmpty() ? javaName : renamed.value());
    return names.isEmpty() ? null : names.stream().map(PropertyName::construct).toList();
  }

  private static String javaName(Annotated member) {
    if (member instanceof AnnotatedField field) {
      return field.getName();
    }
    if (member instanceof AnnotatedParameter parameter
        && parameter.getOwner().getAnnotated() instanceof Executable executable) {
      Parameter reflected = executable.getParameters()[parameter.getIndex()];
      return reflected.isNamePresent() ? reflected.getName() : null;
    }
    if (member instanceof AnnotatedMethod method
        && method.getParameterCount() == 1
        && method.getName().startsWith("set")
        && method.getName().length() > 3) {
      String property = method.getName().substring(3);
      return Character.toLowerCase(property.charAt(0)) + property.substring(1);
    }
    return null;
  }
}
