package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the twentieth session (December 2026); each question
// was written for the test, none is from an evaluation set.

// TestConcurrentMany: work done 동시에/병렬로/한꺼번에 on one noun is done on
// many of it (downloadImages; was downloadImage), and the phrasebook's
// one-file upload does not answer it; two things joined by 랑 stay two.
func TestConcurrentMany(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "고루틴 여러 개로 이미지 동시에 다운로드하는 함수", naming.KindFunction, "downloadImages"},
		{"Kotlin", "동시에 이미지를 다운로드하는 함수", naming.KindFunction, "downloadImages"},
		{"JavaScript", "파일 병렬로 업로드하는 함수", naming.KindFunction, "uploadFiles"},
		{"JavaScript", "파일 업로드하는 함수", naming.KindFunction, "uploadFile"}, // control: one file
	})
	checkNotOffered(t, []notOffered{
		{"Go", "고루틴 여러 개로 이미지 동시에 다운로드하는 함수", naming.KindFunction, "downloadImage"},
		{"JavaScript", "파일 병렬로 업로드하는 함수", naming.KindFunction, "uploadFile"},
	})
}
