# vbpl batch 3: Nghị định "Trách nhiệm thi hành" / "Tổ chức thực hiện"
I = "inh"
def std(item, find, names, **kw):
    U(item, find, [(n, "execute") for n in names], action="chịu trách nhiệm thi hành", **kw)
B4 = ["Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ"]

D("doc_000004", "vbpl/doc_000004.txt")
std("Điều 42.1", "1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân cấp tỉnh và tổ chức",
    B4 + ["Chủ tịch Ủy ban nhân dân cấp tỉnh", "tổ chức, cá nhân có liên quan"])
BN = "Bộ Nông nghiệp và Môi trường"
U("Điều 42.2.a", "a) Hướng dẫn thực hiện, kiểm tra việc thực hiện Nghị định này;", [(BN, "monitor", I)],
  action="Hướng dẫn thực hiện, kiểm tra")
U("Điều 42.2.b", "b) Tổ chức kiểm tra việc thực hiện các biện pháp quản lý rủi ro", [(BN, "monitor", I)],
  action="Tổ chức kiểm tra")
U("Điều 42.2.c", "c) Kiểm tra việc thực hiện công bố xác định sinh vật biến đổi gen", [(BN, "monitor", I)],
  action="Kiểm tra")
U("Điều 42.2.d", "d) Thành lập Hội đồng an toàn sinh học theo các quy định tại khoản 4 Điều 18", [(BN, "execute", I)],
  action="Thành lập Hội đồng an toàn sinh học")
U("Điều 42.2.đ", "đ) Thành lập Hội đồng an toàn thực phẩm, thức ăn chăn nuôi theo", [(BN, "execute", I)],
  action="Thành lập Hội đồng an toàn thực phẩm, thức ăn chăn nuôi")
U("Điều 42.2.e", "e) Chỉ đạo việc kiểm tra quá trình khảo nghiệm", [(BN, "monitor", I)], action="Chỉ đạo việc kiểm tra")
TC = "Tổ chức, cá nhân hoạt động nghiên cứu khoa học, phát triển công nghệ khảo nghiệm, sản xuất, kinh doanh, nhập khẩu, xuất khẩu, vận chuyển, lưu giữ sinh vật biến đổi gen"
U("Điều 42.3.a", "a) Thực hiện các biện pháp quản lý rủi ro để bảo đảm an toàn sinh học theo quy định của pháp luật;",
  [(TC, "execute", I)], action="Thực hiện các biện pháp quản lý rủi ro")
U("Điều 42.3.b", "b) Khi xảy ra rủi ro phải khẩn trương thực hiện các biện pháp khắc phục rủi ro",
  [(TC, "execute", I), ("Ủy ban nhân dân cấp tỉnh nơi xảy ra rủi ro", "report_to")],
  action="thực hiện các biện pháp khắc phục rủi ro", deadline="ngay", report_to="Ủy ban nhân dân cấp tỉnh nơi xảy ra rủi ro")
U("Điều 42.3.c", "báo cáo về Bộ Nông nghiệp và Môi trường khi có sự thay đổi về địa điểm sản xuất",
  [(TC, "execute", I), (BN, "report_to")], action="báo cáo", report_to=BN)

D("doc_000044", "vbpl/doc_000044.txt")
U("Điều 7", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương, tổ chức thu phí, lệ phí thực hiện",
  [("Các bộ", "execute"), ("cơ quan ngang bộ", "execute"), ("cơ quan thuộc Chính phủ", "execute"),
   ("Tòa án nhân dân tối cao", "execute"), ("Viện kiểm sát nhân dân tối cao", "execute"),
   ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"), ("tổ chức thu phí, lệ phí", "execute")],
  action="thực hiện các trách nhiệm")
TP = "Tổ chức thu phí, lệ phí"
U("Điều 7.1.a", "a) Xây dựng đề án thu phí, lệ phí bao gồm các nội dung sau:", [(TP, "execute", I)],
  action="Xây dựng đề án thu phí, lệ phí")
U("Điều 7.1.b", "b) Trinh bộ quản lý chuyên ngành thẩm định đề án", [(TP, "execute", I)], action="Trinh")
U("Điều 7.1.d", "d) Thực hiện các trách nhiệm khác theo quy định tại Nghị định này.", [(TP, "execute", I)],
  action="Thực hiện các trách nhiệm khác")
U("Điều 7.2", "2. Ủy ban nhân dân cấp tỉnh có trách nhiệm chỉ đạo cơ quan chuyên môn",
  [("Ủy ban nhân dân cấp tỉnh", "execute"), ("cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh", "execute")], action="chỉ đạo")
B5 = [("Các bộ", "execute", I), ("cơ quan ngang bộ", "execute", I), ("cơ quan thuộc Chính phủ", "execute", I),
      ("Tòa án nhân dân tối cao", "execute", I), ("Viện kiểm sát nhân dân tối cao", "execute", I)]
U("Điều 7.3.a", "a) Tiếp nhận và thẩm định đề án thu phí, lệ phí của tổ chức thu phí", B5, action="Tiếp nhận và thẩm định")
U("Điều 7.3.b", "b) Xây dựng đề án thu phí, lệ phí trong trường hợp tổ chức thu phí", B5, action="Xây dựng đề án thu phí, lệ phí")
U("Điều 7.3.c", "c) Có văn bản gửi Bộ Tài chính kèm đề án thu phí", B5 + [("Bộ Tài chính", "report_to")], action="Có văn bản gửi", report_to="Bộ Tài chính")
U("Điều 7.3.d", "d) Chủ trì, phối hợp với bộ, ngành liên quan xây dựng đề án bổ sung",
  [(n, "lead", I) for n, _, _ in B5] + [("bộ, ngành liên quan", "cooperate")], action="xây dựng đề án bổ sung")
std("Điều 7.5", "5. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ", B4 + ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"])

D("doc_000158", "vbpl/doc_000158.txt")
CA = "Bộ Công an"
U("Điều 13.1.a", "a) Chịu trách nhiệm quản lý, điều hành, sử dụng và thanh toán", [(CA, "execute", I)],
  action="quản lý, điều hành, sử dụng và thanh toán, quyết toán")
U("Điều 13.1.b", "b) Tổ chức huy động và tiếp nhận các khoản hỗ trợ", [(CA, "execute", I)], action="Tổ chức huy động và tiếp nhận")
U("Điều 13.1.c", "c) Tổng hợp, đánh giá hiệu quả quản lý và sử dụng Quỹ",
  [(CA, "execute", I), ("Thủ tướng Chính phủ", "report_to"), ("Bộ Tài chính", "report_to")],
  action="Tổng hợp, đánh giá", deadline="theo định kỳ 06 tháng, hàng năm và đột xuất", report_to="Thủ tướng Chính phủ")
U("Điều 13.1.d", "d) Quy định hướng dẫn về trình tự, thủ tục thực hiện nội dung chi", [(CA, "execute", I)],
  action="Quy định hướng dẫn")
UT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
U("Điều 13.2.a", "a) Định kỳ 03 tháng tổng hợp thiệt hại", [(UT, "execute", I), ("cơ quan quản lý Quỹ", "report_to")],
  action="tổng hợp thiệt hại", deadline="Định kỳ 03 tháng", report_to="cơ quan quản lý Quỹ")
U("Điều 13.2.b", "b) Bố trí ngân sách hỗ trợ đối với các trường hợp", [(UT, "execute", I)], action="Bố trí ngân sách hỗ trợ")
std("Điều 14.2", "2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ", B4 + ["Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"])

D("doc_000084", "vbpl/doc_000084.txt")
U("Điều 16.1", "1. Bộ trưởng Bộ Nội vụ có trách nhiệm hướng dẫn, kiểm tra việc thi hành", [("Bộ trưởng Bộ Nội vụ", "monitor")],
  action="hướng dẫn, kiểm tra")
BH = "Bảo hiểm xã hội Việt Nam"
U("Điều 16.2.a", "a) Xác định và theo dõi người lao động, người sử dụng lao động thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc, bảo hiểm thất nghiệp; đôn đốc",
  [(BH, "monitor", I)], action="Xác định và theo dõi")
U("Điều 16.2.b", "b) Tổ chức thực hiện thu, chi bảo hiểm xã hội bắt buộc, bảo hiểm thất nghiệp theo quy định của pháp luật.",
  [(BH, "execute", I)], action="Tổ chức thực hiện thu, chi")
U("Điều 16.2.c", "c) Giải quyết khiếu nại, tố cáo về việc thực hiện bảo hiểm xã hội, bảo hiểm thất nghiệp theo quy định của Nghị định này",
  [(BH, "execute", I)], action="Giải quyết khiếu nại, tố cáo")
std("Điều 16.3", "3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ", B4 + ["Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương"])

D("doc_000123", "vbpl/doc_000123.txt")
U("Điều 14.1", "1. Bộ trưởng Bộ Nội vụ chịu trách nhiệm hướng dẫn, kiểm tra", [("Bộ trưởng Bộ Nội vụ", "monitor")],
  action="hướng dẫn, kiểm tra")
std("Điều 14.2", "2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ", B4 + ["Chủ tịch Hội đồng nhân dân", "Chủ tịch Ủy ban nhân dân các cấp"])
