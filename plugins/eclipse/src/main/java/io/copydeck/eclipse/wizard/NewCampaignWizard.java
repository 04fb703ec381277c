package io.copydeck.eclipse.wizard;

import io.copydeck.eclipse.builder.CampaignNature;
import io.copydeck.eclipse.editor.CampaignEditor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > Campaign Spec: writes a commented starter spec and opens it. */
public final class NewCampaignWizard extends BasicNewResourceWizard {
    private WizardNewFileCreationPage page;

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("campaign", getSelection()) {
            @Override
            protected InputStream getInitialContents() {
                String name = getFileName().replaceFirst("\\.campaign$", "");
                return new ByteArrayInputStream(StarterSpec.text(name).getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle("Campaign Spec");
        page.setDescription("Create a .campaign spec from a commented starter.");
        page.setFileExtension("campaign");
        page.setFileName("new.campaign");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) return false;
        try {
            CampaignNature.addTo(file.getProject());
        } catch (CoreException e) {
            // The spec is written; checking on save is a convenience the user can add later.
        }
        IWorkbenchPage active = getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            IDE.openEditor(active, file, CampaignEditor.ID);
        } catch (PartInitException e) {
            return true;
        }
        return true;
    }
}
