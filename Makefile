# Ramping: `make demo` runs the main job on the bundled chart, `make test` builds and runs every test.
SWIFT ?= swift
RAMPING := .build/debug/ramping
SAMPLE := OrgCharts/kabupaten-sragen.yaml
TUTORIAL := OrgCharts/kabupaten-contoh.yaml
# Debian packages the build and the tests need: libxml2 (GraphML) and pkg-config to find it.
APT_PACKAGES := libxml2-dev pkgconf

.PHONY: all build setup demo test bench sample clean

all: build

# Installs the missing system packages when run as root; otherwise prints the exact command and stops.
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Ramping needs these Debian packages:$$missing"; \
	    echo "Install them with:  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: see https://www.swift.org/install/linux/"; exit 1; }

build: setup
	$(SWIFT) build

demo: build
	@mkdir -p Exports
	$(RAMPING) validate $(TUTORIAL) $(SAMPLE) --quiet
	$(RAMPING) info $(SAMPLE)
	@$(RAMPING) info $(SAMPLE) --format markdown > Exports/kabupaten-sragen-info.md.tmp && \
	  mv Exports/kabupaten-sragen-info.md.tmp Exports/kabupaten-sragen-info.md
	@echo "Written: Exports/kabupaten-sragen-info.md"

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: setup
	@echo "No benchmarks yet: the analysers (issue 4) bring the first."

# Regenerates the full sample from its deterministic script.
sample:
	python3 Tools/generate_sragen.py $(SAMPLE)

clean:
	rm -rf .build
