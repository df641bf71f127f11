<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil" sourcelanguage="en">
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Please go to the one-stop desk with this sheet and the filled-in forms. Every procedure starts there: you need not go round the counters.</source>
      <translation type="unfinished">Pumunta po sa one-stop desk dala ang papel na ito at ang mga napunang form. Doon nagsisimula ang lahat ng proseso: hindi na kailangang umikot sa mga counter.</translation>
    </message>
    <message>
      <source>The one-stop desk sends you here: a specialist does these.</source>
      <translation type="unfinished">Ipinapadala kayo rito ng one-stop desk: isang espesyalista ang gagawa nito.</translation>
    </message>
  </context>
  <context>
    <name>FinishedScreen</name>
    <message>
      <source>Please go to the one-stop desk. Every procedure starts there:</source>
      <translation type="unfinished">Pumunta po sa one-stop desk. Doon nagsisimula ang lahat ng proseso:</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">Ipinapadala kayo rito ng desk: isang espesyalista ang gagawa nito.</translation>
    </message>
  </context>
  <context>
    <name>OneStopPanel</name>
    <message>
      <source>One-stop desk</source>
      <translation type="unfinished">One-stop desk</translation>
    </message>
    <message>
      <source>Procedures of the visit and their staff guidance</source>
      <translation type="unfinished">Mga proseso ng pagbisita at gabay para sa staff</translation>
    </message>
    <message>
      <source>Done here</source>
      <translation type="unfinished">Tapos dito</translation>
    </message>
    <message>
      <source>Mark the chosen procedure done here</source>
      <translation type="unfinished">Markahang tapos dito ang napiling proseso</translation>
    </message>
    <message>
      <source>Hand to this department</source>
      <translation type="unfinished">Ipasa sa departamentong ito</translation>
    </message>
    <message>
      <source>Hand the chosen procedure to the chosen department's queue</source>
      <translation type="unfinished">Ipasa ang napiling proseso sa pila ng napiling departamento</translation>
    </message>
    <message>
      <source>Department to hand it to</source>
      <translation type="unfinished">Departamentong pagpapasahan</translation>
    </message>
    <message>
      <source>the desk</source>
      <translation type="unfinished">ang desk</translation>
    </message>
    <message>
      <source>Done (%1)</source>
      <translation type="unfinished">Tapos (%1)</translation>
    </message>
    <message>
      <source>Handed to %1</source>
      <translation type="unfinished">Naipasa sa %1</translation>
    </message>
    <message>
      <source>To do</source>
      <translation type="unfinished">Gagawin</translation>
    </message>
    <message>
      <source>%1 [specialist]</source>
      <translation type="unfinished">%1 [espesyalista]</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation type="unfinished">Susuriin</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation type="unfinished">Legal na batayan</translation>
    </message>
    <message>
      <source>Common mistakes</source>
      <translation type="unfinished">Karaniwang pagkakamali</translation>
    </message>
    <message>
      <source>Documents to see</source>
      <translation type="unfinished">Mga dokumentong titingnan</translation>
    </message>
    <message>
      <source>No procedure of this visit is for this counter.</source>
      <translation type="unfinished">Walang proseso ng pagbisitang ito para sa counter na ito.</translation>
    </message>
    <message>
      <source>Every procedure is settled: press Finished [F7].</source>
      <translation type="unfinished">Naayos na ang lahat ng proseso: pindutin ang Tapos [F7].</translation>
    </message>
    <message>
      <source>Settle each procedure here, or hand it to its department (marked [specialist] where the catalog says a specialist does it).</source>
      <translation type="unfinished">Ayusin dito ang bawat proseso, o ipasa sa departamento nito (may [espesyalista] kapag sinasabi ng katalogo na espesyalista ang gagawa).</translation>
    </message>
    <message>
      <source>The one-stop desk handed these procedures to this counter.</source>
      <translation type="unfinished">Ipinasa ng one-stop desk ang mga prosesong ito sa counter na ito.</translation>
    </message>
  </context>
  <context>
    <name>OneStopController</name>
    <message>
      <source>Ticket %1: %2 done.</source>
      <translation type="unfinished">Tiket %1: tapos ang %2.</translation>
    </message>
    <message>
      <source>Ticket %1: %2 handed to %3.</source>
      <translation type="unfinished">Tiket %1: naipasa ang %2 sa %3.</translation>
    </message>
  </context>
  <context>
    <name>SummaryScreen</name>
    <message>
      <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
      <translation type="unfinished">%1 proseso, lahat nagsisimula sa one-stop desk; susunod na ipi-print ang inyong mga form.</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">Ipinapadala kayo rito ng desk: isang espesyalista ang gagawa nito.</translation>
    </message>
  </context>
</TS>