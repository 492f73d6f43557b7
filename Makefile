# scorecards — build, run and test. `make run` and `make test` do all the set-up.

SWIFT        ?= swift
PREFIX       ?= /usr/local
# Release binaries carry the Swift runtime and Foundation inside them: no shared libraries
# to find and bind at start-up, and `make install` works on a machine without Swift.
RELEASE      := -c release --static-swift-stdlib
SEED         := changjiang-chengqu-duben-2018-01-dacheng-wuchang
BIN_DEBUG    := .build/debug/scorecards
BIN_RELEASE  := .build/release/scorecards
APT_PACKAGES := libncursesw5-dev tmux time bsdutils locales

.PHONY: all deps build release run test test-visual visual-deps data install uninstall clean bench

all: build

# System packages the build and the terminal tests need: installed with apt-get when
# missing and running as root, otherwise named so the user can install them.
deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncursesw5-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	command -v script >/dev/null 2>&1 || missing="$$missing bsdutils"; \
	[ -f /usr/share/i18n/locales/en_US ] || missing="$$missing locales"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "missing system packages:$$missing (install them with: sudo apt-get install$$missing)"; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE) --product scorecards

# Opens the dashboard on the bundled issue.
run: release
	$(BIN_RELEASE)

# Every test: unit, snapshot, key scripts, the command line end to end, and the real
# terminal (tmux). Tests run with a pinned locale and terminal.
test: deps
	$(SWIFT) build --build-tests
	LANG=C.UTF-8 TERM=xterm-256color $(SWIFT) test --skip-build

# Screenshots of the dashboard in xterm under Xvfb (80x24 and 120x40, white and black
# backgrounds, with and without -cjk_width), checked cell by cell for colours, contrast and
# stale cells; PNGs in .build/visual. Kept apart from `make test`, which needs no X.
VISUAL_PACKAGES := xvfb xterm xdotool imagemagick fonts-noto-cjk fonts-dejavu-core

test-visual: deps visual-deps
	$(SWIFT) build --product scorecards
	$(SWIFT) build --product scorecards-visual
	.build/debug/scorecards-visual

# Installed with apt-get when missing and running as root; otherwise the test says what is
# missing and is skipped.
visual-deps:
	@missing=""; \
	for p in $(VISUAL_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	    || echo "could not install$$missing: the visual test will say what it lacks"; \
	fi

# Regenerates the bundled issue's parsed JSON with the project's own parser, and embeds it.
data: build
	$(BIN_DEBUG) export Resources/$(SEED).txt > Resources/$(SEED).json.tmp
	mv Resources/$(SEED).json.tmp Resources/$(SEED).json
	python3 Scripts/embed-bundle.py Resources/$(SEED).json Resources/$(SEED).txt Sources/ScorecardsBundle/BundledIssue.swift
	$(SWIFT) build

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/scorecards

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/scorecards

clean:
	rm -rf .build .build-fuzz .build-memcheck fuzz-artifacts

# Timings on this machine (release build); prints a table with the command behind each row,
# on corpora of 1,000 and 10,000 generated issues (BENCH_ISSUES="1000" for the smaller only).
bench: deps
	$(SWIFT) build $(RELEASE) --product scorecards
	$(SWIFT) build $(RELEASE) --product scorecards-bench
	.build/release/scorecards-bench

# Fuzzing and memory checks. FUZZ_SECONDS sets how long `make fuzz` runs.
FUZZ_SECONDS ?= 300

.PHONY: fuzz fuzz-short fuzz-config check-memory

# libFuzzer with AddressSanitizer over the parser, the metric extractor and search (Tests/Fuzz/).
# Fails on a crash, a timeout or an out-of-memory, leaving the input in fuzz-artifacts/.
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) sh Tests/Fuzz/fuzz.sh

# The same for 30 seconds: the round CI runs.
fuzz-short:
	FUZZ_SECONDS=30 sh Tests/Fuzz/fuzz.sh

# The same for the config reader over toml++ with its assertions on (Tests/Fuzz/fuzz-config.sh).
fuzz-config: build
	FUZZ_SECONDS=$(FUZZ_SECONDS) sh Tests/Fuzz/fuzz-config.sh

# A scripted session of the debug binary under valgrind: fails on any memory error or
# definitely lost block (Scripts/check-memory.sh).
check-memory: deps
	sh Scripts/check-memory.sh
