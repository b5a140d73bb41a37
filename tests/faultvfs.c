/* SPDX-License-Identifier: MIT */
/* A VFS for the tests that passes every call to the default one, except
 * that it can make writes fail the way a disk does when it is remounted
 * read-only or fills up: the fault arrives in the middle of a session,
 * which no file permission can do to a process that already has the
 * file open (or runs as root). */
#include <config.h>

#include "faultvfs.h"

#include <errno.h>
#include <sqlite3.h>
#include <string.h>

struct fault_file {
	sqlite3_file base;
	sqlite3_file *real; /* follows this struct in the same allocation */
};

static sqlite3_vfs fault_vfs;
static sqlite3_vfs *real_vfs;
static enum storage_fault current_fault = FAULT_NONE;
static int fault_errno;

void faultvfs_set(enum storage_fault fault)
{
	current_fault = fault;
}

static sqlite3_file *real_of(sqlite3_file *file)
{
	return ((struct fault_file *)file)->real;
}

/* A write refused as the kernel would refuse it: the failed write(2)
 * leaves errno set, and SQLite's unix VFS returns these codes. */
static int refused_write(void)
{
	switch (current_fault) {
	case FAULT_READ_ONLY:
		errno = fault_errno = EROFS;
		return SQLITE_IOERR_WRITE;
	case FAULT_DISK_FULL:
		errno = fault_errno = ENOSPC;
		return SQLITE_FULL;
	case FAULT_NONE:
		break;
	}
	return SQLITE_OK;
}

static int fault_close(sqlite3_file *file)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}

static int fault_read(sqlite3_file *file, void *buf, int amount, sqlite3_int64 offset)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xRead(real, buf, amount, offset);
}

static int fault_write(sqlite3_file *file, const void *buf, int amount, sqlite3_int64 offset)
{
	int refused = refused_write();
	if (refused != SQLITE_OK)
		return refused;
	sqlite3_file *real = real_of(file);
	return real->pMethods->xWrite(real, buf, amount, offset);
}

static int fault_truncate(sqlite3_file *file, sqlite3_int64 size)
{
	int refused = refused_write();
	if (refused != SQLITE_OK)
		return refused == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_TRUNCATE;
	sqlite3_file *real = real_of(file);
	return real->pMethods->xTruncate(real, size);
}

static int fault_sync(sqlite3_file *file, int flags)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xSync(real, flags);
}

static int fault_file_size(sqlite3_file *file, sqlite3_int64 *size)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xFileSize(real, size);
}

static int fault_lock(sqlite3_file *file, int level)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xLock(real, level);
}

static int fault_unlock(sqlite3_file *file, int level)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xUnlock(real, level);
}

static int fault_check_reserved(sqlite3_file *file, int *out)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xCheckReservedLock(real, out);
}

static int fault_file_control(sqlite3_file *file, int op, void *arg)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xFileControl(real, op, arg);
}

static int fault_sector_size(sqlite3_file *file)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xSectorSize(real);
}

static int fault_device(sqlite3_file *file)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xDeviceCharacteristics(real);
}

static int fault_shm_map(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xShmMap(real, page, size, extend, out);
}

static int fault_shm_lock(sqlite3_file *file, int offset, int n, int flags)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xShmLock(real, offset, n, flags);
}

static void fault_shm_barrier(sqlite3_file *file)
{
	sqlite3_file *real = real_of(file);
	real->pMethods->xShmBarrier(real);
}

static int fault_shm_unmap(sqlite3_file *file, int delete_flag)
{
	sqlite3_file *real = real_of(file);
	return real->pMethods->xShmUnmap(real, delete_flag);
}

/* Memory-mapped pages would bypass xWrite: the tests' databases use none. */
static int fault_fetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
	(void)file;
	(void)offset;
	(void)amount;
	*out = NULL;
	return SQLITE_OK;
}

static int fault_unfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
	(void)file;
	(void)offset;
	(void)page;
	return SQLITE_OK;
}

static const sqlite3_io_methods fault_methods = {
	.iVersion = 3,
	.xClose = fault_close,
	.xRead = fault_read,
	.xWrite = fault_write,
	.xTruncate = fault_truncate,
	.xSync = fault_sync,
	.xFileSize = fault_file_size,
	.xLock = fault_lock,
	.xUnlock = fault_unlock,
	.xCheckReservedLock = fault_check_reserved,
	.xFileControl = fault_file_control,
	.xSectorSize = fault_sector_size,
	.xDeviceCharacteristics = fault_device,
	.xShmMap = fault_shm_map,
	.xShmLock = fault_shm_lock,
	.xShmBarrier = fault_shm_barrier,
	.xShmUnmap = fault_shm_unmap,
	.xFetch = fault_fetch,
	.xUnfetch = fault_unfetch,
};

static int fault_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
	(void)vfs;
	struct fault_file *wrapper = (struct fault_file *)file;
	wrapper->real = (sqlite3_file *)(wrapper + 1);
	memset(wrapper->real, 0, (size_t)real_vfs->szOsFile);
	int rc = real_vfs->xOpen(real_vfs, name, wrapper->real, flags, out_flags);
	/* xClose is called even when xOpen fails, once pMethods is set. */
	file->pMethods = rc == SQLITE_OK ? &fault_methods : NULL;
	return rc;
}

static int fault_last_error(sqlite3_vfs *vfs, int size, char *out)
{
	(void)vfs;
	if (current_fault != FAULT_NONE && fault_errno != 0)
		return fault_errno;
	return real_vfs->xGetLastError(real_vfs, size, out);
}

/* Everything else goes straight to the default VFS. */
static int fault_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
	(void)vfs;
	return real_vfs->xDelete(real_vfs, name, sync_dir);
}

static int fault_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
	(void)vfs;
	return real_vfs->xAccess(real_vfs, name, flags, out);
}

static int fault_full_path(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
	(void)vfs;
	return real_vfs->xFullPathname(real_vfs, name, size, out);
}

void faultvfs_install(void)
{
	if (real_vfs != NULL)
		return;
	real_vfs = sqlite3_vfs_find(NULL);
	fault_vfs = *real_vfs;
	fault_vfs.zName = "fault";
	fault_vfs.szOsFile = (int)sizeof(struct fault_file) + real_vfs->szOsFile;
	fault_vfs.xOpen = fault_open;
	fault_vfs.xDelete = fault_delete;
	fault_vfs.xAccess = fault_access;
	fault_vfs.xFullPathname = fault_full_path;
	fault_vfs.xGetLastError = fault_last_error;
	fault_vfs.pNext = NULL;
	sqlite3_vfs_register(&fault_vfs, 1);
}
