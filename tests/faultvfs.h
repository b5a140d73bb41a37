/* SPDX-License-Identifier: MIT */
/* Storage faults on demand, for the tests: see faultvfs.c. */
#ifndef NGW_TESTS_FAULTVFS_H
#define NGW_TESTS_FAULTVFS_H

enum storage_fault {
	FAULT_NONE,
	FAULT_READ_ONLY,
	FAULT_DISK_FULL
};

/* Makes the fault VFS SQLite's default; call before opening a store. */
void faultvfs_install(void);
/* From now on, every write fails this way (FAULT_NONE: none does). */
void faultvfs_set(enum storage_fault fault);

#endif
