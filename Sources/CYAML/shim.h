// libyaml (Debian libyaml-dev) for Swift: the event parser the chart and scenario readers pull from.
#ifndef RAMPING_CYAML_SHIM_H
#define RAMPING_CYAML_SHIM_H
#include <yaml.h>
#endif
