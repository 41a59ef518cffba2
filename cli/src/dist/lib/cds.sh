# Class-data sharing for the akhbar launchers (sourced by bin/akhbar, and by ./akhbar in a
# checkout). An archive of the classes a conversion loads, made once per Java installation, cuts
# the start of every run by about a third (benchmarks/README.md, "Start-up").

# akhbar_cds JAVA JAR OPTIONS DIR: prints the JVM options that map the archive in DIR, making it
# first when it is missing or older than JAR or the OPTIONS file. Prints nothing when it cannot be
# made (DIR not writable, a Java without class-data sharing): the run then starts as it would
# without it.
akhbar_cds() {
  cds_java="$1" cds_jar="$2" cds_options="$3" cds_dir="$4"
  # An archive maps only into the JVM that made it: one per Java installation.
  cds_key="$(ls -lL "$(command -v "$cds_java")" 2>/dev/null | cksum | cut -d ' ' -f 1)"
  cds_jsa="$cds_dir/akhbar-$cds_key.jsa"
  if [ ! -f "$cds_jsa" ] || [ "$cds_jar" -nt "$cds_jsa" ] || [ "$cds_options" -nt "$cds_jsa" ]; then
    [ -w "$cds_dir" ] || return 0
    cds_tmp="$cds_dir/.akhbar-cds-$$"
    # A training run on a page and a JSON line lists the classes; the archive is dumped from the
    # list, under the same options, and moved into place whole.
    printf 'عنوان الخبر\nتاريخ النشر: 1 مارس 2024\nنص الخبر.\nكلمات دلالية: خبر\n' >"$cds_tmp.txt"
    printf '{"title": "عنوان", "date": "2024-03-01", "text": "نص."}\n' >"$cds_tmp.jsonl"
    if "$cds_java" "@$cds_options" -XX:DumpLoadedClassList="$cds_tmp.lst" -jar "$cds_jar" \
        convert -q -o /dev/null "$cds_tmp.txt" "$cds_tmp.jsonl" >/dev/null 2>&1 &&
      "$cds_java" "@$cds_options" -Xshare:dump -XX:SharedClassListFile="$cds_tmp.lst" \
        -XX:SharedArchiveFile="$cds_tmp.jsa" -cp "$cds_jar" >/dev/null 2>&1; then
      mv -f "$cds_tmp.jsa" "$cds_jsa"
    fi
    rm -f "$cds_tmp.txt" "$cds_tmp.jsonl" "$cds_tmp.lst" "$cds_tmp.jsa"
  fi
  # No JVM message on standard output (where the articles go) if the archive is refused.
  [ -f "$cds_jsa" ] && printf '%s\n' "-XX:SharedArchiveFile=$cds_jsa" "-Xlog:cds=off"
  return 0
}
