package io.copydeck.compiler;
import org.junit.jupiter.api.Test;
class ScratchTmpTest {
  @Test void show() {
    Stages.plan(Stages.SPRING).forEach((id, jobs) -> System.out.println(id + " " + jobs.stream().map(j -> j.field().name() + j.field().limits() + j.field().mustInclude()+j.field().avoid()).toList()));
    for (var jobs : Stages.plan(Stages.SPRING).values()) {
      var fields = jobs.get(0).kind().equals("sms") ? Stages.ordered("text", "Aurora Cold Brew is back for spring.") : Stages.EMAIL;
      Asset a = Stages.generated(jobs, fields);
      System.out.println(a.id() + " " + a.status() + " " + a.error() + " " + a.fields());
      a.checks().forEach(c -> System.out.println("   " + c.rule() + " " + c.field() + " " + c.ok() + " " + c.message()));
      a.files().forEach(f -> System.out.println("----" + f.extension() + "\n" + f.content()));
      break;
    }
  }
}
