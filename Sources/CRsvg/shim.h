// librsvg: draws Graphviz's and the deck's own SVG onto a cairo surface as vectors. Debian: librsvg2-dev.
#ifndef RAMPING_CRSVG_SHIM_H
#define RAMPING_CRSVG_SHIM_H
#include <librsvg/rsvg.h>
#endif
