# Ramping: `make demo` runs the main job on the bundled chart, `make test` builds and runs every test.
SWIFT ?= swift
# The demo, like the speed figures in the README, uses the release build; `make test` builds debug.
RAMPING := .build/release/ramping
SAMPLE := OrgCharts/kabupaten-sragen.yaml
TUTORIAL := OrgCharts/kabupaten-contoh.yaml
SCENARIOS := penyederhanaan-birokrasi penggabungan-dinas pelayanan-terpadu restrukturisasi-lengkap
# Debian packages the build and the tests need: libxml2 (GraphML, xlsx parts) and pkg-config to find it, zlib (the
# xlsx zip container, through ZIPFoundation), Graphviz (diagrams), xmllint (schema checks in the tests).
APT_PACKAGES := libxml2-dev pkgconf graphviz libxml2-utils zlib1g-dev
# What the tests need besides: Python with NetworkX (the interop tests).
TEST_APT_PACKAGES := python3 python3-networkx
# The workbench's browser tests (`ramping serve` driven in a real headless Chromium): Debian's packages.
BROWSER_APT_PACKAGES := chromium chromium-driver python3-selenium
# Debian's Python, where python3-selenium is (a python3 earlier on PATH, e.g. pyenv's, does not have it).
SYSTEM_PYTHON := $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || echo python3)

PREFIX ?= /usr/local

.PHONY: all build setup setup-test demo test bench sample install clean

all: build

# Installs the missing system packages when run as root; otherwise prints the exact command and stops.
# (A removed package whose config files remain is not installed: dpkg -s would say it is.)
define apt_install
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Ramping needs these Debian packages:$$missing"; \
	    echo "Install them with:  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
endef

setup:
	$(call apt_install,$(APT_PACKAGES))
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: see https://www.swift.org/install/linux/"; exit 1; }

# The interop tests read our GraphML with NetworkX, as analysts do: Debian's own package, since a stock
# Debian 12 refuses `pip install` into the system Python (PEP 668).
setup-test: setup
	$(call apt_install,$(TEST_APT_PACKAGES))
	$(call apt_install,$(BROWSER_APT_PACKAGES))

build: setup
	$(SWIFT) build -c release --product ramping

# The main job on the full sample: check it, summarise it, analyse it; reports go to Exports/.
demo: build
	@mkdir -p Exports
	$(RAMPING) validate $(TUTORIAL) $(SAMPLE) --quiet
	$(RAMPING) info $(SAMPLE)
	$(RAMPING) analyse spans $(SAMPLE) --limit 5
	$(RAMPING) analyse gaps $(SAMPLE) --horizon 5 --limit 5
	$(RAMPING) analyse compliance $(SAMPLE) --limit 10
	$(RAMPING) analyse merit $(SAMPLE) --limit 5
	$(RAMPING) analyse talent $(SAMPLE) --limit 5
	$(RAMPING) analyse careers $(SAMPLE) --limit 8
	@set -e; write() { "$$@" > "$$OUT.tmp" && mv "$$OUT.tmp" "$$OUT" && echo "Written: $$OUT"; }; \
	  OUT=Exports/kabupaten-sragen-info.md write $(RAMPING) info $(SAMPLE) --format markdown 2>/dev/null; \
	  for a in spans compliance merit talent careers; do \
	    OUT=Exports/kabupaten-sragen-$$a.md write $(RAMPING) analyse $$a $(SAMPLE) --format markdown 2>/dev/null; \
	    OUT=Exports/kabupaten-sragen-$$a.csv write $(RAMPING) analyse $$a $(SAMPLE) --format csv 2>/dev/null; \
	  done; \
	  OUT=Exports/kabupaten-sragen-gaps.md write $(RAMPING) analyse gaps $(SAMPLE) --horizon 5 --sensitivity --format markdown 2>/dev/null; \
	  OUT=Exports/kabupaten-sragen-gaps.csv write $(RAMPING) analyse gaps $(SAMPLE) --format csv 2>/dev/null
	$(RAMPING) export $(SAMPLE) --format svg --view units --depth 1 -o Exports/struktur-organisasi.svg 2>/dev/null
	$(RAMPING) export $(SAMPLE) --format pdf --view units --depth 1 -o Exports/struktur-organisasi.pdf 2>/dev/null
	$(RAMPING) export $(SAMPLE) --format svg --view positions --each -o Exports/peta-jabatan 2>&1 | tail -n 1
	$(RAMPING) export $(TUTORIAL) --format svg --view people -o Exports/kabupaten-contoh.svg 2>/dev/null
	$(RAMPING) export $(TUTORIAL) --format graphml --view people -o Exports/kabupaten-contoh.graphml 2>/dev/null
	$(RAMPING) export $(TUTORIAL) --format yed --groups -o Exports/kabupaten-contoh-yed.graphml 2>/dev/null
	@mkdir -p Exports/scenarios
	@set -e; for s in $(SCENARIOS); do \
	  $(RAMPING) simulate $(SAMPLE) OrgCharts/scenarios/$$s.yaml -o Exports/scenarios/$$s.yaml --report Exports/scenarios/$$s.md 2>/dev/null; \
	  $(RAMPING) export Exports/scenarios/$$s.yaml --diff $(SAMPLE) --format svg --view units --depth 1 -o Exports/scenarios/$$s-struktur.svg 2>/dev/null; \
	  echo "Written: Exports/scenarios/$$s.yaml, .md, -struktur.svg"; \
	done
	$(RAMPING) export Exports/scenarios/penggabungan-dinas.yaml --diff $(SAMPLE) --format svg --unit dinkessos -o Exports/scenarios/penggabungan-dinkessos.svg 2>/dev/null
	$(RAMPING) export Exports/scenarios/penyederhanaan-birokrasi.yaml --diff $(SAMPLE) --format svg --unit dpmptsp -o Exports/scenarios/penyederhanaan-dpmptsp.svg 2>/dev/null
	$(RAMPING) compare $(SAMPLE) $(foreach s,$(SCENARIOS),OrgCharts/scenarios/$(s).yaml)
	@$(RAMPING) compare $(SAMPLE) $(foreach s,$(SCENARIOS),OrgCharts/scenarios/$(s).yaml) --format markdown > Exports/scenarios/perbandingan.md.tmp 2>/dev/null && \
	  mv Exports/scenarios/perbandingan.md.tmp Exports/scenarios/perbandingan.md && echo "Written: Exports/scenarios/perbandingan.md"

test: setup-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SYSTEM_PYTHON) Tests/Browser/workbench_test.py .build/debug/ramping

# Times the loader and the analysers on a generated chart of 100,000 posts (release build).
bench: setup
	$(SWIFT) build -c release --product ramping-bench
	.build/release/ramping-bench 100000

# A release build of the command, on PATH.
install: setup
	$(SWIFT) build -c release --product ramping
	install -d $(PREFIX)/bin
	install -m 755 .build/release/ramping $(PREFIX)/bin/ramping
	@echo "Installed: $(PREFIX)/bin/ramping"

# Regenerates the full sample from its deterministic script.
sample:
	python3 Tools/generate_sragen.py $(SAMPLE)

clean:
	rm -rf .build
