/* for-range loops: argument checking and the generic (bigint) iteration
 * behind molt_range_next's int64 fast path. */
#include "internal/containers.h"
#include "internal/exceptions.h"
#include "internal/int.h"

/* Start a range loop; see module.h. */
MOLT_API int molt_range_init(MoltRange *r, const MoltValue *args, int n)
{
    MoltValue v[3] = { MOLT_INT(0), MOLT_NULL, MOLT_INT(1) };
    int i;
    if (n < 1 || n > 3) {
        if (n < 1)
            molt_raise(&MoltExc_TypeError, "range expected at least 1 argument, got %d", n);
        else
            molt_raise(&MoltExc_TypeError, "range expected at most 3 arguments, got %d", n);
        return -1;
    }
    for (i = 0; i < n; i++)
        if (!(v[n == 1 ? 1 : i] = molt_number_index(args[i])))
            return -1;
    for (i = 0; i < 3; i++)
        v[i] = molt_int_unbool(v[i]);
    if (v[2] == MOLT_INT(0)) {
        molt_raise(&MoltExc_ValueError, "range() arg 3 must not be zero");
        return -1;
    }
    if (molt_is_int(v[0]) && molt_is_int(v[1]) && molt_is_int(v[2])) {
        r->cur = molt_int_value(v[0]);
        r->stop = molt_int_value(v[1]);
        r->step = molt_int_value(v[2]);
        r->big_cur = r->big_stop = r->big_step = MOLT_NULL;
    } else {
        r->cur = r->stop = r->step = 0;
        r->big_cur = v[0];
        r->big_stop = v[1];
        r->big_step = v[2];
    }
    return 0;
}

/* The next value on the generic path, or MOLT_STOP. */
MOLT_API MoltValue molt_range_next_slow(MoltRange *r)
{
    MoltValue c = r->big_cur, next;
    int cmp = molt_int_cmp(c, r->big_stop);
    if (molt_int_sign(r->big_step) > 0 ? cmp >= 0 : cmp <= 0)
        return MOLT_STOP;
    next = molt_int_binop(MOLT_OP_ADD, c, r->big_step);
    if (!next)
        return MOLT_NULL;
    r->big_cur = next;
    return c;
}
