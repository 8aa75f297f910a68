// cairo (PDF and image surfaces) and Pango (text laid out with fonts found by fontconfig), for the deck's
// PDF writer. Debian: libcairo2-dev, libpango1.0-dev.
#ifndef RAMPING_CPANGOCAIRO_SHIM_H
#define RAMPING_CPANGOCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#endif
