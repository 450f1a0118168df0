import { render } from 'preact';
import '../../components/panel.css';
import '../../components/self-assessment/self-assessment.css';
import { SelfAssessmentPage } from '../../components/self-assessment/SelfAssessmentPage';

// An unlisted extension page (self-assessment.html): opened from the side panel, private to the agent.
render(<SelfAssessmentPage />, document.getElementById('app')!);
