<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Please go to the one-stop desk with this sheet and the filled-in forms. Every procedure starts there: you need not go round the counters.</source>
      <translation type="unfinished">Vui lòng mang phiếu này và các giấy tờ đã điền sẵn đến quầy tổng hợp. Mọi thủ tục đều bắt đầu tại đó: bạn không cần đi qua từng quầy.</translation>
    </message>
    <message>
      <source>The one-stop desk sends you here: a specialist does these.</source>
      <translation type="unfinished">Quầy tổng hợp hướng dẫn bạn đến đây: nhân viên chuyên trách sẽ làm các thủ tục này.</translation>
    </message>
  </context>
  <context>
    <name>FinishedScreen</name>
    <message>
      <source>Please go to the one-stop desk. Every procedure starts there:</source>
      <translation type="unfinished">Vui lòng đến quầy tổng hợp. Mọi thủ tục đều bắt đầu tại đó:</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">Quầy tổng hợp hướng dẫn bạn đến đây: nhân viên chuyên trách sẽ làm các thủ tục này.</translation>
    </message>
  </context>
  <context>
    <name>OneStopPanel</name>
    <message>
      <source>One-stop desk</source>
      <translation type="unfinished">Quầy tổng hợp</translation>
    </message>
    <message>
      <source>Procedures of the visit and their staff guidance</source>
      <translation type="unfinished">Thủ tục của lượt đến và hướng dẫn cho nhân viên</translation>
    </message>
    <message>
      <source>Done here</source>
      <translation type="unfinished">Xong tại đây</translation>
    </message>
    <message>
      <source>Mark the chosen procedure done here</source>
      <translation type="unfinished">Đánh dấu thủ tục đã chọn là xong tại đây</translation>
    </message>
    <message>
      <source>Hand to this department</source>
      <translation type="unfinished">Chuyển cho bộ phận này</translation>
    </message>
    <message>
      <source>Hand the chosen procedure to the chosen department's queue</source>
      <translation type="unfinished">Chuyển thủ tục đã chọn vào hàng chờ của bộ phận đã chọn</translation>
    </message>
    <message>
      <source>Department to hand it to</source>
      <translation type="unfinished">Bộ phận nhận chuyển</translation>
    </message>
    <message>
      <source>the desk</source>
      <translation type="unfinished">quầy tổng hợp</translation>
    </message>
    <message>
      <source>Done (%1)</source>
      <translation type="unfinished">Xong (%1)</translation>
    </message>
    <message>
      <source>Handed to %1</source>
      <translation type="unfinished">Đã chuyển cho %1</translation>
    </message>
    <message>
      <source>To do</source>
      <translation type="unfinished">Cần làm</translation>
    </message>
    <message>
      <source>%1 [specialist]</source>
      <translation type="unfinished">%1 [chuyên trách]</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation type="unfinished">Cần kiểm tra</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation type="unfinished">Căn cứ pháp lý</translation>
    </message>
    <message>
      <source>Common mistakes</source>
      <translation type="unfinished">Lỗi thường gặp</translation>
    </message>
    <message>
      <source>Documents to see</source>
      <translation type="unfinished">Giấy tờ cần xem</translation>
    </message>
    <message>
      <source>No procedure of this visit is for this counter.</source>
      <translation type="unfinished">Không có thủ tục nào của lượt đến này thuộc quầy này.</translation>
    </message>
    <message>
      <source>Every procedure is settled: press Finished [F7].</source>
      <translation type="unfinished">Mọi thủ tục đã xử lý xong: hãy nhấn Hoàn tất [F7].</translation>
    </message>
    <message>
      <source>Settle each procedure here, or hand it to its department (marked [specialist] where the catalog says a specialist does it).</source>
      <translation type="unfinished">Xử lý từng thủ tục tại đây, hoặc chuyển cho bộ phận phụ trách (ghi [chuyên trách] khi danh mục quy định cần nhân viên chuyên trách).</translation>
    </message>
    <message>
      <source>The one-stop desk handed these procedures to this counter.</source>
      <translation type="unfinished">Quầy tổng hợp đã chuyển các thủ tục này đến quầy này.</translation>
    </message>
  </context>
  <context>
    <name>OneStopController</name>
    <message>
      <source>Ticket %1: %2 done.</source>
      <translation type="unfinished">Số %1: %2 đã xong.</translation>
    </message>
    <message>
      <source>Ticket %1: %2 handed to %3.</source>
      <translation type="unfinished">Số %1: %2 đã chuyển cho %3.</translation>
    </message>
  </context>
  <context>
    <name>SummaryScreen</name>
    <message>
      <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
      <translation type="unfinished">%1 thủ tục, tất cả bắt đầu tại quầy tổng hợp; tiếp theo sẽ in giấy tờ của bạn.</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">Quầy tổng hợp hướng dẫn bạn đến đây: nhân viên chuyên trách sẽ làm các thủ tục này.</translation>
    </message>
  </context>
</TS>