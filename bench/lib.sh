# Shared by the benchmark scripts: build the benchmarks and find a JDK 21 or later to run them with.

bench_build() {
    ./mvnw -q -B -Pbench test-compile
    ./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
    BENCH_CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}

# The newest JDK under /usr/lib/jvm (or $JAVA_HOME) whose major version is 21 or more.
bench_java() {
    local candidate best="" best_major=0 major
    for candidate in ${JAVA_HOME:+$JAVA_HOME/bin/java} /usr/lib/jvm/*/bin/java; do
        [ -x "$candidate" ] || continue
        major=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
        if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
    done
    [ -n "$best" ] || { echo "No JDK 21 or later found under /usr/lib/jvm" >&2; return 1; }
    echo "$best"
}
