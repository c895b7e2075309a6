;; The prefilter's text pass (see src/scan/text-pass.ts): one loop over a segment of UTF-16
;; text that runs the keyword automaton and tracks the character-class runs findShapes()
;; looks for. It records keyword hits (position, state) and the ends of runs that could hold
;; a shape; JavaScript classifies those few runs. Rebuild with `npm run build:wasm`.
;;
;; The runs are tracked by three small automata (built in text-pass-tables.ts) whose states
;; count what a shape needs, capped where more makes no difference: digits (9), dots (3), `+`
;; and capitals (2) of the digit run; `:` (5), `-` (5) and `::` of the hex run; the length (33)
;; of the lowercase hex run. One table load per automaton and character replaces a dozen tests
;; and counter updates; the loads do not depend on each other nor on the keyword automaton's,
;; so they cost little more than that one (measured: the keyword automaton's chain of loads,
;; one after the other, is what bounds the loop).
;;
;; Memory layout (bytes), also exported as globals so that JavaScript reads it from here:
;;   0        header: [0] hits of the last run() call, [4] its events; after run2(), [0] and [4]
;;            those of its first half, [8] and [12] those of its second half
;;   64       column table: 65536 x i32, one per UTF-16 code unit: low 16 bits the keyword
;;            automaton's column times 4 (a byte offset in a row of i32), bits 16-20 the
;;            character class times 2 (a byte offset in a row of the run automata)
;;   262208   text segment: SEG (65536) code units
;;   393280   hits: SEG x (i32 position, i32 state); a call reads at most SEG characters, so
;;            it never records more hits than fit (no check in the loop)
;;   917568   events: (SEG + 8) x (i32 position, i32 kind << 30); a run-end event needs 3+
;;            characters of its own run, so there are fewer than one per character
;;   1441920  digit-run automaton: 240 states x 16 classes x u16, entries: next state x 32
;;            (a byte offset), | 0x8000 when a digit run that can hold a shape ends (kind 0),
;;            | 0x4000 when a digit follows 2+ capitals (kind 3)
;;   1449600  hex-run automaton: 144 states x 16 classes x u16: next state x 32, | 0x8000
;;            when a hex run that can hold a shape ends (kind 1)
;;   1454208  lowercase hex automaton: 34 states x 16 classes x u16: next state x 32,
;;            | 0x8000 when a run of exactly 32 lowercase hex characters ends (kind 2)
;;   1455296  keyword transitions: i32 at state + column x 4, states as byte offsets
;;            (state x columns x 4), numbered so that those that report a keyword are
;;            >= firstOut; right after them, the state → row offset map `remap` reads at start-up
(module
  (memory (export "memory") 23)
  (global (export "COL") i32 (i32.const 64))
  (global (export "TEXT") i32 (i32.const 262208))
  (global (export "SEG") i32 (i32.const 65536))
  (global (export "HITS") i32 (i32.const 393280))
  (global (export "EVENTS") i32 (i32.const 917568))
  (global (export "RUNS") i32 (i32.const 1441920))
  (global (export "HEXES") i32 (i32.const 1449600))
  (global (export "LHEXES") i32 (i32.const 1454208))
  (global (export "DELTA") i32 (i32.const 1455296))

  ;; The pass's state between calls: a text is fed in segments, and the automata states carry
  ;; over, so keywords and runs across a segment joint are found.
  (global $s (mut i32) (i32.const 0))
  (global $runs (mut i32) (i32.const 0))
  (global $hexes (mut i32) (i32.const 0))
  (global $lhexes (mut i32) (i32.const 0))

  ;; Starts a new text: the keyword automaton at `state` (its root), no run open.
  (func (export "reset") (param $state i32)
    (global.set $s (local.get $state))
    (global.set $runs (i32.const 0))
    (global.set $hexes (i32.const 0))
    (global.set $lhexes (i32.const 0)))

  ;; Renumbers the `n` keyword transitions at `at` in place: each becomes the i32 at `map` + 4 x
  ;; its value (the automaton's state number → the row's byte offset, see text-pass-tables.ts):
  ;; a start-up step over ~120 000 entries that JavaScript ran unoptimized.
  (func (export "remap") (param $at i32) (param $n i32) (param $map i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $at) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
      (loop $next
        (i32.store (local.get $at) (i32.load (i32.add (local.get $map) (i32.shl (i32.load (local.get $at)) (i32.const 2)))))
        (local.set $at (i32.add (local.get $at) (i32.const 4)))
        (br_if $next (i32.lt_u (local.get $at) (local.get $end))))))

  ;; Records the events of a run end at text position `at` (the run automata's states there carry
  ;; the event bits): each as (position, kind << 30) in the event list at `list`, whose count is
  ;; the i32 at `count`.
  (func $events (param $at i32) (param $runs i32) (param $hexes i32) (param $lhexes i32) (param $count i32) (param $list i32)
    (if (i32.and (local.get $runs) (i32.const 0x8000)) (then (call $emit (local.get $at) (i32.const 0) (local.get $count) (local.get $list))))
    (if (i32.and (local.get $runs) (i32.const 0x4000)) (then (call $emit (local.get $at) (i32.const 0xc0000000) (local.get $count) (local.get $list))))
    (if (i32.and (local.get $hexes) (i32.const 0x8000)) (then (call $emit (local.get $at) (i32.const 0x40000000) (local.get $count) (local.get $list))))
    (if (i32.and (local.get $lhexes) (i32.const 0x8000)) (then (call $emit (local.get $at) (i32.const 0x80000000) (local.get $count) (local.get $list)))))

  ;; Records one event: position `at`, `word` its kind << 30.
  (func $emit (param $at i32) (param $word i32) (param $count i32) (param $list i32)
    (local $k i32)
    (local.set $k (i32.add (local.get $list) (i32.shl (i32.load (local.get $count)) (i32.const 3))))
    (i32.store (local.get $k) (local.get $at))
    (i32.store offset=4 (local.get $k) (local.get $word))
    (i32.store (local.get $count) (i32.add (i32.load (local.get $count)) (i32.const 1))))

  ;; Runs the pass over the code units at [p, end) (inside the text segment, at most SEG of
  ;; them); `origin` is where text position 0 would be ((p - origin) / 2 is a text position,
  ;; modulo 2^32). States >= firstOut report keywords.
  (func (export "run") (param $origin i32) (param $p i32) (param $end i32) (param $firstOut i32)
    (local $v i32) (local $s i32) (local $hit i32)
    (local $runs i32) (local $hexes i32) (local $lhexes i32)
    (local.set $s (global.get $s))
    (local.set $runs (global.get $runs))
    (local.set $hexes (global.get $hexes))
    (local.set $lhexes (global.get $lhexes))
    (local.set $hit (i32.const 393280))
    (i32.store (i32.const 4) (i32.const 0))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $next
        (local.set $v (i32.load offset=64 (i32.shl (i32.load16_u (local.get $p)) (i32.const 2))))
        (local.set $s (i32.load offset=1455296 (i32.add (local.get $s) (i32.and (local.get $v) (i32.const 0xffff)))))
        (if (i32.ge_u (local.get $s) (local.get $firstOut))
          (then
            (i32.store (local.get $hit) (i32.shr_u (i32.sub (local.get $p) (local.get $origin)) (i32.const 1)))
            (i32.store offset=4 (local.get $hit) (local.get $s))
            (local.set $hit (i32.add (local.get $hit) (i32.const 8)))))
        (local.set $v (i32.shr_u (local.get $v) (i32.const 16)))
        (local.set $runs (i32.load16_u offset=1441920 (i32.add (local.get $runs) (local.get $v))))
        (local.set $hexes (i32.load16_u offset=1449600 (i32.add (local.get $hexes) (local.get $v))))
        (local.set $lhexes (i32.load16_u offset=1454208 (i32.add (local.get $lhexes) (local.get $v))))
        ;; A run ends that may hold a shape (rare): record it, then drop the event bits.
        (if (i32.ge_u (i32.or (i32.or (local.get $runs) (local.get $hexes)) (local.get $lhexes)) (i32.const 0x4000))
          (then
            (call $events (i32.shr_u (i32.sub (local.get $p) (local.get $origin)) (i32.const 1)) (local.get $runs) (local.get $hexes) (local.get $lhexes) (i32.const 4) (i32.const 917568))
            (local.set $runs (i32.and (local.get $runs) (i32.const 0x3fff)))
            (local.set $hexes (i32.and (local.get $hexes) (i32.const 0x3fff)))
            (local.set $lhexes (i32.and (local.get $lhexes) (i32.const 0x3fff)))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br_if $next (i32.lt_u (local.get $p) (local.get $end)))))
    (i32.store (i32.const 0) (i32.shr_u (i32.sub (local.get $hit) (i32.const 393280)) (i32.const 3)))
    (global.set $s (local.get $s))
    (global.set $runs (local.get $runs))
    (global.set $hexes (local.get $hexes))
    (global.set $lhexes (local.get $lhexes)))

  ;; run() over [p, end) as two interleaved halves, [p, mid) and [mid, end), where the code unit
  ;; before `mid` is one that resets every automaton (in no keyword, of no run: a newline), so
  ;; that the second half starts at `root` with no run open, as the single pass would be there.
  ;; The keyword automaton's chain of dependent loads bounds run(); two independent chains in
  ;; one loop overlap. The first half's hits and events are recorded as run() records them; the
  ;; second half's hits from the hit (HITS + (mid - p) x 4) and its events from the event
  ;; (EVENTS + (mid - p) x 4 + 64) on (a half records at most one hit per code unit and fewer
  ;; events than code units, plus those of the runs open at its start), counts at [8] and [12].
  (func (export "run2") (param $origin i32) (param $p i32) (param $mid i32) (param $end i32) (param $firstOut i32) (param $root i32)
    (local $v i32) (local $s i32) (local $hit i32) (local $runs i32) (local $hexes i32) (local $lhexes i32)
    (local $q i32) (local $s2 i32) (local $hit2 i32) (local $runs2 i32) (local $hexes2 i32) (local $lhexes2 i32)
    (local $stop i32) (local $hit0 i32) (local $ev2 i32)
    (local.set $s (global.get $s))
    (local.set $runs (global.get $runs))
    (local.set $hexes (global.get $hexes))
    (local.set $lhexes (global.get $lhexes))
    (local.set $hit (i32.const 393280))
    (local.set $hit0 (i32.add (i32.const 393280) (i32.shl (i32.sub (local.get $mid) (local.get $p)) (i32.const 2))))
    (local.set $hit2 (local.get $hit0))
    (local.set $ev2 (i32.add (i32.const 917632) (i32.shl (i32.sub (local.get $mid) (local.get $p)) (i32.const 2))))
    (local.set $s2 (local.get $root))
    (local.set $q (local.get $mid))
    (i32.store (i32.const 4) (i32.const 0))
    (i32.store (i32.const 12) (i32.const 0))
    ;; Both halves, a code unit of each per step, for as long as the shorter lasts.
    (local.set $stop (i32.add (local.get $p) (select (i32.sub (local.get $mid) (local.get $p)) (i32.sub (local.get $end) (local.get $mid))
      (i32.lt_u (i32.sub (local.get $mid) (local.get $p)) (i32.sub (local.get $end) (local.get $mid))))))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $stop)))
      (loop $next
        (local.set $v (i32.load offset=64 (i32.shl (i32.load16_u (local.get $p)) (i32.const 2))))
        (local.set $s (i32.load offset=1455296 (i32.add (local.get $s) (i32.and (local.get $v) (i32.const 0xffff)))))
        (if (i32.ge_u (local.get $s) (local.get $firstOut))
          (then
            (i32.store (local.get $hit) (i32.shr_u (i32.sub (local.get $p) (local.get $origin)) (i32.const 1)))
            (i32.store offset=4 (local.get $hit) (local.get $s))
            (local.set $hit (i32.add (local.get $hit) (i32.const 8)))))
        (local.set $v (i32.shr_u (local.get $v) (i32.const 16)))
        (local.set $runs (i32.load16_u offset=1441920 (i32.add (local.get $runs) (local.get $v))))
        (local.set $hexes (i32.load16_u offset=1449600 (i32.add (local.get $hexes) (local.get $v))))
        (local.set $lhexes (i32.load16_u offset=1454208 (i32.add (local.get $lhexes) (local.get $v))))
        ;; A run ends that may hold a shape (rare): record it, then drop the event bits.
        (if (i32.ge_u (i32.or (i32.or (local.get $runs) (local.get $hexes)) (local.get $lhexes)) (i32.const 0x4000))
          (then
            (call $events (i32.shr_u (i32.sub (local.get $p) (local.get $origin)) (i32.const 1)) (local.get $runs) (local.get $hexes) (local.get $lhexes) (i32.const 4) (i32.const 917568))
            (local.set $runs (i32.and (local.get $runs) (i32.const 0x3fff)))
            (local.set $hexes (i32.and (local.get $hexes) (i32.const 0x3fff)))
            (local.set $lhexes (i32.and (local.get $lhexes) (i32.const 0x3fff)))))
        (local.set $v (i32.load offset=64 (i32.shl (i32.load16_u (local.get $q)) (i32.const 2))))
        (local.set $s2 (i32.load offset=1455296 (i32.add (local.get $s2) (i32.and (local.get $v) (i32.const 0xffff)))))
        (if (i32.ge_u (local.get $s2) (local.get $firstOut))
          (then
            (i32.store (local.get $hit2) (i32.shr_u (i32.sub (local.get $q) (local.get $origin)) (i32.const 1)))
            (i32.store offset=4 (local.get $hit2) (local.get $s2))
            (local.set $hit2 (i32.add (local.get $hit2) (i32.const 8)))))
        (local.set $v (i32.shr_u (local.get $v) (i32.const 16)))
        (local.set $runs2 (i32.load16_u offset=1441920 (i32.add (local.get $runs2) (local.get $v))))
        (local.set $hexes2 (i32.load16_u offset=1449600 (i32.add (local.get $hexes2) (local.get $v))))
        (local.set $lhexes2 (i32.load16_u offset=1454208 (i32.add (local.get $lhexes2) (local.get $v))))
        ;; A run ends that may hold a shape (rare): record it, then drop the event bits.
        (if (i32.ge_u (i32.or (i32.or (local.get $runs2) (local.get $hexes2)) (local.get $lhexes2)) (i32.const 0x4000))
          (then
            (call $events (i32.shr_u (i32.sub (local.get $q) (local.get $origin)) (i32.const 1)) (local.get $runs2) (local.get $hexes2) (local.get $lhexes2) (i32.const 12) (local.get $ev2))
            (local.set $runs2 (i32.and (local.get $runs2) (i32.const 0x3fff)))
            (local.set $hexes2 (i32.and (local.get $hexes2) (i32.const 0x3fff)))
            (local.set $lhexes2 (i32.and (local.get $lhexes2) (i32.const 0x3fff)))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (local.set $q (i32.add (local.get $q) (i32.const 2)))
        (br_if $next (i32.lt_u (local.get $p) (local.get $stop)))))
    ;; The rest of the longer half, alone.
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $mid)))
      (loop $next
        (local.set $v (i32.load offset=64 (i32.shl (i32.load16_u (local.get $p)) (i32.const 2))))
        (local.set $s (i32.load offset=1455296 (i32.add (local.get $s) (i32.and (local.get $v) (i32.const 0xffff)))))
        (if (i32.ge_u (local.get $s) (local.get $firstOut))
          (then
            (i32.store (local.get $hit) (i32.shr_u (i32.sub (local.get $p) (local.get $origin)) (i32.const 1)))
            (i32.store offset=4 (local.get $hit) (local.get $s))
            (local.set $hit (i32.add (local.get $hit) (i32.const 8)))))
        (local.set $v (i32.shr_u (local.get $v) (i32.const 16)))
        (local.set $runs (i32.load16_u offset=1441920 (i32.add (local.get $runs) (local.get $v))))
        (local.set $hexes (i32.load16_u offset=1449600 (i32.add (local.get $hexes) (local.get $v))))
        (local.set $lhexes (i32.load16_u offset=1454208 (i32.add (local.get $lhexes) (local.get $v))))
        ;; A run ends that may hold a shape (rare): record it, then drop the event bits.
        (if (i32.ge_u (i32.or (i32.or (local.get $runs) (local.get $hexes)) (local.get $lhexes)) (i32.const 0x4000))
          (then
            (call $events (i32.shr_u (i32.sub (local.get $p) (local.get $origin)) (i32.const 1)) (local.get $runs) (local.get $hexes) (local.get $lhexes) (i32.const 4) (i32.const 917568))
            (local.set $runs (i32.and (local.get $runs) (i32.const 0x3fff)))
            (local.set $hexes (i32.and (local.get $hexes) (i32.const 0x3fff)))
            (local.set $lhexes (i32.and (local.get $lhexes) (i32.const 0x3fff)))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br_if $next (i32.lt_u (local.get $p) (local.get $mid)))))
    (block $done
      (br_if $done (i32.ge_u (local.get $q) (local.get $end)))
      (loop $next
        (local.set $v (i32.load offset=64 (i32.shl (i32.load16_u (local.get $q)) (i32.const 2))))
        (local.set $s2 (i32.load offset=1455296 (i32.add (local.get $s2) (i32.and (local.get $v) (i32.const 0xffff)))))
        (if (i32.ge_u (local.get $s2) (local.get $firstOut))
          (then
            (i32.store (local.get $hit2) (i32.shr_u (i32.sub (local.get $q) (local.get $origin)) (i32.const 1)))
            (i32.store offset=4 (local.get $hit2) (local.get $s2))
            (local.set $hit2 (i32.add (local.get $hit2) (i32.const 8)))))
        (local.set $v (i32.shr_u (local.get $v) (i32.const 16)))
        (local.set $runs2 (i32.load16_u offset=1441920 (i32.add (local.get $runs2) (local.get $v))))
        (local.set $hexes2 (i32.load16_u offset=1449600 (i32.add (local.get $hexes2) (local.get $v))))
        (local.set $lhexes2 (i32.load16_u offset=1454208 (i32.add (local.get $lhexes2) (local.get $v))))
        ;; A run ends that may hold a shape (rare): record it, then drop the event bits.
        (if (i32.ge_u (i32.or (i32.or (local.get $runs2) (local.get $hexes2)) (local.get $lhexes2)) (i32.const 0x4000))
          (then
            (call $events (i32.shr_u (i32.sub (local.get $q) (local.get $origin)) (i32.const 1)) (local.get $runs2) (local.get $hexes2) (local.get $lhexes2) (i32.const 12) (local.get $ev2))
            (local.set $runs2 (i32.and (local.get $runs2) (i32.const 0x3fff)))
            (local.set $hexes2 (i32.and (local.get $hexes2) (i32.const 0x3fff)))
            (local.set $lhexes2 (i32.and (local.get $lhexes2) (i32.const 0x3fff)))))
        (local.set $q (i32.add (local.get $q) (i32.const 2)))
        (br_if $next (i32.lt_u (local.get $q) (local.get $end)))))
    (i32.store (i32.const 0) (i32.shr_u (i32.sub (local.get $hit) (i32.const 393280)) (i32.const 3)))
    (i32.store (i32.const 8) (i32.shr_u (i32.sub (local.get $hit2) (local.get $hit0)) (i32.const 3)))
    ;; The pass goes on from the end of the second half.
    (global.set $s (local.get $s2))
    (global.set $runs (local.get $runs2))
    (global.set $hexes (local.get $hexes2))
    (global.set $lhexes (local.get $lhexes2))))
