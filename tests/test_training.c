/* SPDX-License-Identifier: MIT */
/* class add when another class add ran meanwhile: the positions it read
 * before seconds of hashing are taken by then, and the late arrivals
 * take the next ones instead of a raw database error. */
#include <config.h>

#include "unit.h"

#include "core/training.h"

struct fixture {
	char *dir;
	struct store *store;
	struct court court;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	f->dir = unit_temp_dir();
	f->store = unit_demo_store(f->dir, "training.db");
	assert_non_null(f->store);
	bool found = false;
	assert_true(store_find_court(f->store, "canb", &f->court, &found));
	assert_true(found);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	store_close(f->store);
	unit_remove_tree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

static int last_position(struct store *store, const char *name)
{
	struct class_summary summary;
	int last = -1;
	bool found = false;
	assert_true(store_find_class(store, name, &summary, &last, &found));
	assert_true(found);
	return last;
}

/* request->count trainees of the class, after request->first. */
static bool add(struct fixture *f, struct class_request *request, char *err, size_t err_size)
{
	struct trainee_slip *slips = xcalloc((size_t)request->count, sizeof *slips);
	bool ok = request->first == 0 && strcmp(request->name, "new") == 0
			  ? training_create_class(f->store, request, slips, err, err_size)
			  : training_add_trainees(f->store, request, slips, err, err_size);
	for (int i = 0; ok && i < request->count; i++)
		assert_int_equal(slips[i].position,
				 last_position(f->store, request->name) - request->count + i + 1);
	wipe_memory(slips, (size_t)request->count * sizeof *slips);
	free(slips);
	return ok;
}

static void a_late_add_takes_the_positions_after_the_last(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX] = "";
	struct class_request request = {
		.name = "new",
		.count = 2,
		.court = &f->court,
		.kind = CLASS_MIXED,
		.first = 0,
	};
	assert_true(add(f, &request, err, sizeof err));
	/* Two trainers read "2 trainees" at once; the first adds 2. */
	request.first = 2;
	assert_true(add(f, &request, err, sizeof err));
	assert_int_equal(last_position(f->store, "new"), 4);
	/* The second still believes the class ends at 2. */
	request.first = 2;
	request.count = 3;
	if (!add(f, &request, err, sizeof err))
		fail_msg("the second class add failed: %s", err);
	assert_int_equal(last_position(f->store, "new"), 7);
}

static void a_late_add_that_no_longer_fits_says_so(void **state)
{
	struct fixture *f = *state;
	char err[ERROR_MAX] = "";
	struct class_request request = {
		.name = "new",
		.count = CLASS_MAX_TRAINEES - 1,
		.court = &f->court,
		.kind = CLASS_LEGACY,
	};
	if (!add(f, &request, err, sizeof err))
		fail_msg("the class was not made: %s", err);
	/* Room for one, as read before; another add took it meanwhile. */
	request.first = CLASS_MAX_TRAINEES - 1;
	request.count = 1;
	assert_true(add(f, &request, err, sizeof err));
	assert_false(add(f, &request, err, sizeof err));
	assert_non_null(strstr(err, "a class holds at most"));
	assert_int_equal(last_position(f->store, "new"), CLASS_MAX_TRAINEES);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(a_late_add_takes_the_positions_after_the_last, setup,
						teardown),
		cmocka_unit_test_setup_teardown(a_late_add_that_no_longer_fits_says_so, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
