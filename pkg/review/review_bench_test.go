package review

import (
	"testing"

	"namebot/pkg/naming"
)

// benchNames are 20 names, good and bad mixed, as the bench's check route sends.
var benchNames = []string{
	"getUserList", "user_count", "usr_cnt", "sayongjaList", "isNotValid", "strName", "data2", "processData",
	"MAX_RETRIES", "HttpClient", "fetch_user_profile", "m_name", "hasNoItems", "jumun_count", "btnSubmit",
	"get_user_profile_from_remote_server_cache", "is_logged_in", "utf8_decoder", "class", "hoewonInfo",
}

// BenchmarkCheck20 is one request's review: 20 names (target: well under 1 ms).
func BenchmarkCheck20(b *testing.B) {
	spec := naming.Spec{Language: "Python", Convention: "PEP 8"}
	for b.Loop() {
		Check(spec, "", benchNames, true)
	}
}

func BenchmarkPasted(b *testing.B) {
	for b.Loop() {
		Pasted("사칙연산을 위한 변수명 추천해줘")
		Pasted("getUserList 괜찮아?")
	}
}
