// libxml2 for Swift 6: the headers Ramping uses, and functions for the C globals and macros that
// Swift cannot use directly (xmlFree is a global variable; the version is a macro).
#ifndef RAMPING_CLIBXML2_SHIM_H
#define RAMPING_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, and its encoding.h then includes the system's <unicode/ucnv.h>,
// whose UErrorCode clashes with Foundation's own ICU module in any Swift file that imports both.
// Ramping never uses libxml2's ICU converters, so the switch is turned off before that header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#include <libxml/entities.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>

static inline void ramping_xml_free(void *p) { xmlFree(p); }

static inline const char *ramping_xml_version(void) { return LIBXML_DOTTED_VERSION; }

/// Whether a document declares entities in its DOCTYPE (internal or parameter): Ramping refuses those,
/// since an entity can expand without bound or name an outside file.
static inline int ramping_xml_declares_entities(xmlDocPtr doc) {
    if (doc == NULL) return 0;
    xmlDtdPtr dtds[2] = { doc->intSubset, doc->extSubset };
    for (int i = 0; i < 2; i++) {
        if (dtds[i] != NULL && (dtds[i]->entities != NULL || dtds[i]->pentities != NULL)) return 1;
    }
    return 0;
}

#endif
