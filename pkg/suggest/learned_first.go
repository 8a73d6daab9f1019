package suggest

// firstWeights decide whether a shortening goes before the rules' first
// name (learned.go, orderKind): they are the learned order's weights as
// trained at 24232a5, before the cuts inside a name, of the head and of a
// participle were added. Trained again with those cuts, the one set of
// weights ordered the second and third places better (held-out read sets'
// hit@3 58.3 → 58.6) but put fewer good shortenings first (read sets' hit@1
// 41.2 → 40.6, the repository's 81.3 → 80.9), so the first place keeps
// these, over the features they knew.
var firstWeights = [rfInner]float32{
	0.0000, 1.1873, 0.4297, -0.3642, -0.9053, -0.1870, -0.1361, -0.0244,
	-0.5058, 0.1351, 0.0232, -0.0381, 0.5706, 0.5416, -0.2483, -0.8258,
	-0.2607, 0.7983, 0.6954, -0.8229, -0.4100, -0.2703, -0.2238, 0.8750,
	0.3592, -0.7401, -0.3696, 0.5854, 0.0430, -0.2352, -0.0235, -0.1659,
	-0.0938, 0.1959, -0.2417, 0.2460, -0.3662, -0.5018, -0.1678, -0.3053,
	-0.0688, 0.4655, 0.2444, 0.0476, 0.4331, 0.2393, 0.0000, -0.2359,
	0.5926, 0.0617, 0.0620, 0.0000, -0.0090, 0.0000, -0.1355, 0.0000,
	0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000, 0.0000,
}
