package namebot

// Keys is every catalogue key, for the tests of the catalogue.
func Keys() map[string]bool {
	out := make(map[string]bool, len(catalogue))
	for k := range catalogue {
		out[k] = true
	}
	return out
}

// RawText is a key's Korean and English text before formatting.
func RawText(key string) (ko, en string) { return catalogue[key][0], catalogue[key][1] }
