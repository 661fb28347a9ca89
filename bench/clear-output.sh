# Sourced by the benchmark scripts. clear_output DIR...: removes the folders, then, if it removed anything, waits until
# the file system no longer treats their inodes as just deleted.
#
# Why wait: on ext4 without a journal (this machine's disk), every file created in the 30 s after a large delete makes
# the kernel skip over the freed inode numbers one by one (recently_deleted() in fs/ext4/ialloc.c, for
# vm.dirty_expire_centisecs). A 1,000-report sitegen build started right after deleting the last run's output took
# 15-24 s of system time instead of 3-5 s (perf: find_get_block_common, recently_deleted). Real builds never start
# that way: a first build writes into nothing, later ones only change what changed. Hugo writes a tenth of the files
# and was slowed less. Waiting is fair to both.
clear_output() {
  local removed=0 dir
  for dir in "$@"; do
    if [[ -e "$dir" ]]; then
      rm -rf "$dir"
      removed=1
    fi
  done
  if ((removed)); then
    sleep $(($(cat /proc/sys/vm/dirty_expire_centisecs 2> /dev/null || echo 3000) / 100 + 2))
  fi
}
