#!/bin/sh
# Runs the JVM that Surefire forks with an X display: the one in DISPLAY when there is one,
# otherwise a private Xvfb that lives exactly as long as the JVM. `mvn -B verify` then needs no
# set-up beyond the packages plugins/eclipse/ci-setup.sh installs.
JAVA="${COPYDECK_JAVA:-java}"
if [ -n "$DISPLAY" ] || ! command -v Xvfb >/dev/null 2>&1; then
  exec "$JAVA" "$@"
fi
fifo_dir=$(mktemp -d)
# -displayfd picks a free display number and writes it to fd 3 once the server accepts clients.
Xvfb -displayfd 3 -screen 0 1280x800x24 +extension XTEST -nolisten tcp 3>"$fifo_dir/display" 2>"$fifo_dir/xvfb.log" &
xvfb_pid=$!
i=0
while [ ! -s "$fifo_dir/display" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
if [ ! -s "$fifo_dir/display" ]; then
  echo "java-with-display: Xvfb did not start:" >&2; cat "$fifo_dir/xvfb.log" >&2
  kill "$xvfb_pid" 2>/dev/null; rm -rf "$fifo_dir"; exec "$JAVA" "$@"
fi
DISPLAY=":$(head -n1 "$fifo_dir/display")"
export DISPLAY GDK_BACKEND=x11 NO_AT_BRIDGE=1
"$JAVA" "$@"
status=$?
kill "$xvfb_pid" 2>/dev/null
wait "$xvfb_pid" 2>/dev/null
rm -rf "$fifo_dir"
exit $status
