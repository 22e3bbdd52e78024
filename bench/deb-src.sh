# bench/deb-src.sh - sourced by bench/corpus/run.sh and bench/compile.sh:
# Debian 12 source packages through a private apt configuration (a deb-src
# line for bookworm main, its own index and cache under DIR), so that
# nothing in /etc/apt changes and no root is needed.
#
#   deb_src_setup DIR   sets APT_OPTS (apt-get's -o options) and writes
#                       DIR/sources.list; then: apt-get "${APT_OPTS[@]}" ...
deb_src_setup () {
  local d=$1
  APT_OPTS=(-o "Dir::Etc::SourceList=$d/sources.list"
	    -o "Dir::Etc::SourceParts=$d/parts"
	    -o "Dir::State::Lists=$d/lists"
	    -o "Dir::Cache=$d/cache" -o Debug::NoLocking=1)
  mkdir -p "$d/parts" "$d/lists/partial" "$d/cache/archives/partial"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" \
    > "$d/sources.list"
}
