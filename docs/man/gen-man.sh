#!/bin/sh
# Writes docs/man/runc.8.md and docs/man/runc-COMMAND.8.md (runc's man/ layout) from the help
# that the binary prints (`runc COMMAND --help`, runc 1.1's texts; see src/Runc/CommandDocs.cs).
# A command this binary does not have yet is documented from Debian runc 1.1.5's help, kept in
# tests/Runc.Tests/Cli/Golden. With go-md2man installed, man8/*.8 roff pages are made too.
#
#   sh docs/man/gen-man.sh bin/runc docs/man
set -eu
runc=$1
out=$2
golden=$(dirname "$0")/../../tests/Runc.Tests/Cli/Golden
commands="checkpoint create delete events exec features kill list pause ps restore resume run spec start state update"

# help text on stdin -> man page markdown on stdout
to_md() {
	awk -v title="$1" '
	BEGIN { print "% " title " \"8\""; print "" }
	/^NAME:$/            { print "# NAME"; name = 1; next }
	name == 1 && /^   / { print; print ""; name = 2; next }
	name == 2 && /^USAGE:$/ { usage = 1; name = 0; print "# SYNOPSIS"; next }
	name == 2            { if (para != "" || $0 != "") para = para $0 "\n"; next }
	usage && /^$/ && para != "" { print ""; print "# DESCRIPTION"; printf "%s", para; para = ""; usage = 0; next }
	/^USAGE:$/           { print "# SYNOPSIS"; next }
	/^DESCRIPTION:$/     { print "# DESCRIPTION"; next }
	/^OPTIONS:$/         { print "# OPTIONS"; next }
	/^COMMANDS:$/        { print "# COMMANDS"; next }
	/^GLOBAL OPTIONS:$/  { print "# GLOBAL OPTIONS"; next }
	/^VERSION:$/         { skip = 1; next }
	skip && /^$/         { skip = 0; next }
	skip                 { next }
	/^   $/              { next }
	{ print }
	'
}

help_of() {
	if "$runc" "$1" --help >/dev/null 2>&1 && "$runc" --help | grep -q "^   $1 "; then
		"$runc" "$1" --help
	else
		cat "$golden/runc-1.1.5-help-$1.txt"
	fi
}

mkdir -p "$out"
"$runc" --help | to_md runc > "$out/runc.8.md"
for c in $commands; do
	help_of "$c" | to_md "runc-$c" > "$out/runc-$c.8.md"
done

if command -v go-md2man >/dev/null 2>&1; then
	mkdir -p "$out/man8"
	for f in "$out"/*.8.md; do
		go-md2man -in "$f" -out "$out/man8/$(basename "$f" .md)"
	done
fi
