# Builds and runs the Reten API from this repository.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/gateway/target/reten.jar reten.jar
EXPOSE 3000
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app/reten.jar"]
