/* test_period.c — dates, ISO weeks and named periods. */
#include "unit.h"

#include "period.h"

static void test_valid_dates(void **state)
{
    (void)state;
    assert_true(period_valid_date("2020-02-29"));
    assert_false(period_valid_date("2019-02-29"));
    assert_false(period_valid_date("2020-13-01"));
    assert_false(period_valid_date("2020-1-01"));
    assert_false(period_valid_date("yesterday"));
    assert_false(period_valid_date(NULL));
}

static void test_iso_weeks(void **state)
{
    (void)state;
    period p;
    assert_int_equal(period_from_week("2020-W44", &p), 0);
    assert_string_equal(p.from, "2020-10-26");
    assert_string_equal(p.to, "2020-11-01");
    assert_int_equal(period_from_week("2021-W01", &p), 0);   /* week 1 holds 4 January */
    assert_string_equal(p.from, "2021-01-04");
    assert_int_equal(period_from_week("2020-W53", &p), 0);   /* 2020 has 53 weeks */
    assert_string_equal(p.to, "2021-01-03");
    assert_int_equal(period_from_week("2021-W53", &p), -1);  /* 2021 has not */
    assert_int_equal(period_from_week("2020-44", &p), -1);
}

static void test_named_periods(void **state)
{
    (void)state;
    period p;
    assert_int_equal(period_from_name("last-week", "2020-11-04", &p), 0); /* a Wednesday */
    assert_string_equal(p.from, "2020-10-26");
    assert_string_equal(p.to, "2020-11-01");
    assert_int_equal(period_from_name("this-week", "2020-11-01", &p), 0); /* a Sunday */
    assert_string_equal(p.from, "2020-10-26");
    assert_int_equal(period_from_name("last-month", "2021-01-15", &p), 0);
    assert_string_equal(p.from, "2020-12-01");
    assert_string_equal(p.to, "2020-12-31");
    assert_int_equal(period_from_name("this-month", "2024-02-10", &p), 0);
    assert_string_equal(p.to, "2024-02-29");
    assert_int_equal(period_from_name("fortnight", "2024-02-10", &p), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_dates),
        cmocka_unit_test(test_iso_weeks),
        cmocka_unit_test(test_named_periods),
    };
    cmocka_set_message_output(CM_OUTPUT_TAP);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
