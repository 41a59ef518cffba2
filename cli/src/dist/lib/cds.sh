# Class-data sharing for the akhbar launchers (sourced by bin/akhbar, and by ./akhbar in a
# checkout). An archive of the classes a conversion loads cuts the start of every run by about a
# third (benchmarks/README.md, the "Start-up" item of "The whole command against reading the lines").

# akhbar_cds JAVA JAR OPTIONS DIR: prints the path of the archive in DIR for this Java, this jar
# and these OPTIONS, making it first when there is none. Prints nothing when it cannot be made or
# used (DIR not writable, a path with a colon, a Java without class-data sharing): the run then
# starts as it would without it.
akhbar_cds() {
  cds_java="$1" cds_jar="$2" cds_options="$3" cds_dir="$4"
  case "$cds_dir" in *:*) return 0 ;; esac
  # An archive maps only into the JVM, the jar and the options that made it: all three in its
  # name, so that a new one is made when any changes (an upgrade in place included).
  cds_key="$(LC_ALL=C ls -lL "$(command -v "$cds_java")" "$cds_jar" "$cds_options" 2>/dev/null |
    cksum | cut -d ' ' -f 1)"
  cds_jsa="$cds_dir/akhbar-$cds_key.jsa"
  if [ ! -f "$cds_jsa" ]; then
    [ -w "$cds_dir" ] || return 0
    cds_tmp="$(mktemp -d "$cds_dir/.akhbar-cds.XXXXXX" 2>/dev/null)" || return 0
    # Interrupted, the half-made archive goes too.
    trap 'rm -rf "$cds_tmp"' EXIT
    trap 'exit 130' INT TERM
    # A training run on a page and a JSON line lists the classes; the archive is dumped from the
    # list, under the same options, and moved into place whole.
    printf 'عنوان الخبر\nتاريخ النشر: 1 مارس 2024\nنص الخبر.\nكلمات دلالية: خبر\n' >"$cds_tmp/page.txt"
    printf '{"title": "عنوان", "date": "2024-03-01", "text": "نص."}\n' >"$cds_tmp/page.jsonl"
    if "$cds_java" "@$cds_options" -XX:DumpLoadedClassList="$cds_tmp/classes.lst" \
        -jar "$cds_jar" convert -q -o /dev/null "$cds_tmp/page.txt" "$cds_tmp/page.jsonl" \
        >/dev/null 2>&1 &&
      "$cds_java" "@$cds_options" -Xshare:dump -XX:SharedClassListFile="$cds_tmp/classes.lst" \
        -XX:SharedArchiveFile="$cds_tmp/akhbar.jsa" -cp "$cds_jar" >/dev/null 2>&1; then
      # The archives of an earlier jar, options or Java go: each is some 16 MB.
      rm -f "$cds_dir"/akhbar-*.jsa
      mv -f "$cds_tmp/akhbar.jsa" "$cds_jsa"
    fi
    rm -rf "$cds_tmp"
    trap - EXIT INT TERM
  fi
  if [ -f "$cds_jsa" ]; then
    printf '%s\n' "$cds_jsa"
  fi
  return 0
}
