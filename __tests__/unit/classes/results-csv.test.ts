import { resultsCsv, type ResultsCsvLabels } from "@/lib/classes/results-csv";

const labels: ResultsCsvLabels = {
  name: "Họ tên",
  username: "Tên đăng nhập",
  readPercent: "% đã đọc",
  attempts: "Số lần làm",
  bestPercent: "Điểm cao nhất (%)",
  passed: "Đạt",
  late: "Nộp muộn",
  status: "Trạng thái",
  question: (n) => `Câu ${n}`,
  answer: (n) => `Trả lời câu ${n}`,
  yes: "Có",
  no: "Không",
};

const row = { name: "Nguyễn Thị Lan", username: "lan", readPercent: 100, attempts: 2, best: 0.8, passed: true, late: false, status: "Đạt bài kiểm tra", answers: [{ correct: true, text: "Thượng Hải" }, { correct: false, text: "1.000" }, null] };

describe("resultsCsv", () => {
  it("starts with a byte order mark and keeps Vietnamese intact, one CRLF row per learner", () => {
    const csv = resultsCsv([row, { ...row, name: "Trần Minh", username: null, best: null, passed: false, answers: [] }], 3, labels);
    expect(csv.startsWith("\uFEFFHọ tên,Tên đăng nhập,% đã đọc,Số lần làm,Điểm cao nhất (%),Đạt,Nộp muộn,Trạng thái,Câu 1,Trả lời câu 1,Câu 2,Trả lời câu 2,Câu 3,Trả lời câu 3\r\n")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe("Nguyễn Thị Lan,lan,100,2,80,Có,Không,Đạt bài kiểm tra,1,Thượng Hải,0,1.000,,");
    expect(csv.split("\r\n")[2]).toBe("Trần Minh,,100,2,,Không,Không,Đạt bài kiểm tra,,,,,,");
  });

  it("separates by semicolons for Excel with Vietnamese regional settings, quoting what holds one", () => {
    const csv = resultsCsv([{ ...row, answers: [{ correct: false, text: "10,5; 11" }, null, null] }], 3, labels, "semicolon");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFHọ tên;Tên đăng nhập;% đã đọc;Số lần làm;Điểm cao nhất (%);Đạt;Nộp muộn;Trạng thái;Câu 1;Trả lời câu 1;Câu 2;Trả lời câu 2;Câu 3;Trả lời câu 3");
    expect(csv.split("\r\n")[1]).toBe('Nguyễn Thị Lan;lan;100;2;80;Có;Không;Đạt bài kiểm tra;0;"10,5; 11";;;;');
  });

  it("quotes commas and quotes, and keeps a name a spreadsheet would run as a formula as text", () => {
    const csv = resultsCsv([{ ...row, name: '=HYPERLINK("http://x","Lan, A")', answers: [] }], 0, labels);
    // Quoted (it holds commas), inner quotes doubled, and a leading apostrophe.
    expect(csv.split("\r\n")[1]!.startsWith(`"'=HYPERLINK(""http://x"",""Lan, A"")",lan,`)).toBe(true);
    // A learner's typed answer is text too.
    const typed = resultsCsv([{ ...row, answers: [{ correct: false, text: "=1+1" }] }], 1, labels);
    expect(typed.split("\r\n")[1]!.endsWith(",0,'=1+1")).toBe(true);
  });
});
