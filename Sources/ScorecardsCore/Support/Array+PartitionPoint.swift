extension Array {
    /// The first index whose element fails `belongs`, for an array partitioned by it (a
    /// sorted array and a bound): found by halving, as sentence ends, markers, hits and marks
    /// run to tens of thousands.
    public func partitionPoint(_ belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
