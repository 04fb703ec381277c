package io.copydeck.eclipse.editor;

import io.copydeck.dsl.diag.Fix;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;

/** Quick fixes (Ctrl+1) for every diagnostic at the caret that comes with suggested fixes. */
public final class CampaignQuickAssistProcessor implements IQuickAssistProcessor {
    @Override
    public String getErrorMessage() { return null; }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof CampaignAnnotation a && !a.diagnostic().fixes().isEmpty();
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) { return false; }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
        List<ICompletionProposal> out = new ArrayList<>();
        if (model == null) return new ICompletionProposal[0];
        int offset = context.getOffset();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext(); ) {
            if (!(it.next() instanceof CampaignAnnotation a) || !canFix(a)) continue;
            Position p = model.getPosition(a);
            if (p != null && offset >= p.getOffset() && offset <= p.getOffset() + p.getLength()) {
                for (Fix fix : a.diagnostic().fixes()) out.add(new FixProposal(fix));
            }
        }
        return out.toArray(ICompletionProposal[]::new);
    }
}
