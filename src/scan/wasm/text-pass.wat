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
;;   0        header: [0] hits of the last run() call, [4] events of the last call
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

  ;; Records an event at text position `at`; `word` is its kind << 30.
  (func $emit (param $at i32) (param $word i32)
    (local $k i32)
    (local.set $k (i32.shl (i32.load (i32.const 4)) (i32.const 3)))
    (i32.store offset=917568 (local.get $k) (local.get $at))
    (i32.store offset=917572 (local.get $k) (local.get $word))
    (i32.store (i32.const 4) (i32.add (i32.load (i32.const 4)) (i32.const 1))))

  ;; Runs the pass over the code units at [p, end) (inside the text segment, at most SEG of
  ;; them); `origin` is where text position 0 would be ((p - origin) / 2 is a text position,
  ;; modulo 2^32). States >= firstOut report keywords.
  (func (export "run") (param $origin i32) (param $p i32) (param $end i32) (param $firstOut i32)
    (local $v i32) (local $s i32) (local $hit i32) (local $at i32)
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
            (local.set $at (i32.shr_u (i32.sub (local.get $p) (local.get $origin)) (i32.const 1)))
            (if (i32.and (local.get $runs) (i32.const 0x8000)) (then (call $emit (local.get $at) (i32.const 0))))
            (if (i32.and (local.get $runs) (i32.const 0x4000)) (then (call $emit (local.get $at) (i32.const 0xc0000000))))
            (if (i32.and (local.get $hexes) (i32.const 0x8000)) (then (call $emit (local.get $at) (i32.const 0x40000000))))
            (if (i32.and (local.get $lhexes) (i32.const 0x8000)) (then (call $emit (local.get $at) (i32.const 0x80000000))))
            (local.set $runs (i32.and (local.get $runs) (i32.const 0x3fff)))
            (local.set $hexes (i32.and (local.get $hexes) (i32.const 0x3fff)))
            (local.set $lhexes (i32.and (local.get $lhexes) (i32.const 0x3fff)))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br_if $next (i32.lt_u (local.get $p) (local.get $end)))))
    (i32.store (i32.const 0) (i32.shr_u (i32.sub (local.get $hit) (i32.const 393280)) (i32.const 3)))
    (global.set $s (local.get $s))
    (global.set $runs (local.get $runs))
    (global.set $hexes (local.get $hexes))
    (global.set $lhexes (local.get $lhexes))))
