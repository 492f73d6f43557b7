// libFuzzer entry point: Tests/Fuzz/fuzz.sh compiles it with the ScorecardsCore and
// ScorecardsFuzzing sources into one instrumented module. Any trap (overflow, bounds,
// unwrap), sanitizer report, timeout or excessive allocation is a finding; the input
// layout is described in Sources/ScorecardsFuzzing/FuzzInput.swift.

@_cdecl("LLVMFuzzerTestOneInput")
public func scorecardsFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzInput.exercise(size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : [])
    return 0
}
