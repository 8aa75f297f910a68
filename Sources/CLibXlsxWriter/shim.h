// libxlsxwriter for Swift 6 (Debian: libxlsxwriter-dev; pkg-config name xlsxwriter): formats, merged
// cells, data validation, frozen panes. Ramping writes every .xlsx through it.
#ifndef RAMPING_CLIBXLSXWRITER_SHIM_H
#define RAMPING_CLIBXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

static inline const char *ramping_xlsxwriter_version(void) { return LXW_VERSION; }

#endif
