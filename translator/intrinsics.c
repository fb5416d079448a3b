/* The table of runtime intrinsics (intrinsics.h). */
#include "intrinsics.h"

#include <string.h>

const RtInfo rt_info[RT_COUNT] = {
#define RT_ROW(id, name, cfunc, nargs, kind, flags) { name, cfunc, nargs, kind, flags },
    IR_INTRINSICS(RT_ROW)
#undef RT_ROW
};

int rt_lookup(const char *s, size_t n)
{
    for (int i = 0; i < RT_COUNT; i++)
        if (strlen(rt_info[i].name) == n && memcmp(rt_info[i].name, s, n) == 0)
            return i;
    return -1;
}
