# Sourced by the benchmark scripts. clear_output DIR...: sets the folders aside (a rename beside each), to be deleted
# when the script ends; at the start, waits until the last script's deletes are out of the kernel's window.
#
# Why: on ext4 without a journal (this machine's disk), the kernel will not reuse an inode deleted less than 60 s ago,
# or less than 360 s ago while its inode table block is dirty, which a build creating files beside it makes it at once
# (RECENTCY_MIN and RECENTCY_DIRTY, recently_deleted() in fs/ext4/ialloc.c). Each new file then steps over the freed
# inode numbers one by one: a 10,000-report build started 65 s after deleting the last run's output (and a sync) spent
# 21 s in the kernel, 36.6 s in all; started more than 6 minutes after, 9 s and 28.8 s. Real builds never start that
# way: a first build writes into nothing, later ones write only what changed. So no timed command follows a delete:
# the runs write into fresh folders, and the old ones go when the timing is over.
deleted_stamp="bench/out/.deleted-at" # when the last script deleted what it set aside (seconds since the epoch)
set_aside=()

clear_output() {
  local dir aside
  for dir in "$@"; do
    if [[ -e "$dir" ]]; then
      aside="$dir.deleting-$$-${#set_aside[@]}"
      mv "$dir" "$aside"
      set_aside+=("$aside")
    fi
  done
}

delete_set_aside() {
  if ((${#set_aside[@]})); then
    rm -rf "${set_aside[@]}"
    mkdir -p "$(dirname "$deleted_stamp")"
    date +%s > "$deleted_stamp"
  fi
}
trap delete_set_aside EXIT

# Leftovers of a script that was killed before its trap ran.
for leftover in bench/out/*/*.deleting-* bench/out/*.deleting-*; do
  [[ -e "$leftover" ]] && set_aside+=("$leftover")
done

wait_for_deletes() {
  local since
  [[ -f "$deleted_stamp" ]] || return 0
  since=$(($(date +%s) - $(cat "$deleted_stamp")))
  if ((since < 370)); then
    echo "waiting $((370 - since)) s: the last benchmark deleted its output ${since} s ago (bench/clear-output.sh says why)"
    sleep $((370 - since))
  fi
}
