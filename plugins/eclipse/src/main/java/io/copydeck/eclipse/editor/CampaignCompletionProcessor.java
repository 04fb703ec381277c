package io.copydeck.eclipse.editor;

import io.copydeck.eclipse.language.Completion;
import io.copydeck.eclipse.language.CompletionEngine;
import io.copydeck.eclipse.language.SpecSnapshot;
import java.util.List;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/** Content assist from the schema; declared names come from the latest background check. */
final class CampaignCompletionProcessor implements IContentAssistProcessor {
    private final CompletionEngine engine = new CompletionEngine();
    private final SnapshotHolder snapshots;

    CampaignCompletionProcessor(SnapshotHolder snapshots) { this.snapshots = snapshots; }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        String text = viewer.getDocument().get();
        // Names may be a keystroke stale: the declarations hardly change while a value is typed.
        SpecSnapshot s = snapshots.latest() != null ? snapshots.latest() : snapshots.current(viewer.getDocument());
        List<Completion> completions = engine.complete(text, offset, s == null ? null : s.result().references());
        int start = offset;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) start--;
        int prefixStart = start;
        return completions.stream().map(c -> (ICompletionProposal) new CompletionProposal(c.insert(), prefixStart,
                offset - prefixStart, c.insert().length(), null, c.label(), null, c.doc())).toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) { return null; }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() { return new char[] {':'}; }

    @Override
    public char[] getContextInformationAutoActivationCharacters() { return null; }

    @Override
    public String getErrorMessage() { return null; }

    @Override
    public IContextInformationValidator getContextInformationValidator() { return null; }
}
