# Sourced by the launchers (bin/convene, and ./convene and ./benchmark in a checkout): finds a JDK 21 or newer and
# gives the JVM options the bot runs with, so every way of starting it runs the same JVM.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

# Prints the first JDK 21+ among JAVA_HOME, the PATH and /usr/lib/jvm; fails if there is none.
find_java() {
  local candidate
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      local major
      major="$(java_major "$candidate")"
      if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
        echo "$candidate"
        return 0
      fi
    fi
  done
  return 1
}

# Sets the array jvm_options for the JDK at $1.
# Generational ZGC collects beside the bot instead of stopping it: its pauses stay well under a millisecond, where
# G1's young pauses, on two busy cores, reached 10 to 80 ms and held back every Slack ack and Discord callback behind
# them. The soft limit keeps the heap near what the bot needs (its live heap is about 10 MB) rather than a quarter of
# the machine's memory.
set_jvm_options() {
  local major
  major="$(java_major "$1" | cut -d. -f1)"
  jvm_options=(-XX:+UseZGC -XX:SoftMaxHeapSize=256m)
  # JDK 21 and 22 need generational ZGC asked for; from 23 it is the only ZGC.
  [ "$major" -lt 23 ] && jvm_options+=(-XX:+ZGenerational)
  # Guice's Guava still uses sun.misc.Unsafe; newer JDKs warn about it on every start unless allowed.
  [ "$major" -ge 23 ] && jvm_options+=(--sun-misc-unsafe-memory-access=allow)
  return 0
}
