/* libmolt's public API: the one header generated C includes. It must stay
 * small: libtcc parses it on every `molt2c run`. */
#ifndef MOLT_MOLT_H
#define MOLT_MOLT_H

#define MOLT_VERSION_MAJOR 0
#define MOLT_VERSION_MINOR 1

#include "value.h"
#include "object.h"
#include "errors.h"
#include "ops.h"
#include "objects.h"
#include "containers.h"
#include "syntax.h"
#include "call.h"
#include "module.h"
#include "attr.h"
#include "match.h"

#endif /* MOLT_MOLT_H */
